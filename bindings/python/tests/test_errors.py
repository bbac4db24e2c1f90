"""The exception hierarchy, its attributes, and the registry behind it."""

import pytest

import mssconf
from mssconf import _binding as c
from mssconf._errors import raise_for, text


def test_hierarchy_has_stdnum_shape():
    assert issubclass(mssconf.ValidationError, ValueError)
    assert issubclass(mssconf.InvalidFormat, mssconf.ValidationError)
    assert issubclass(mssconf.InvalidLength, mssconf.InvalidFormat)
    assert issubclass(mssconf.InvalidChecksum, mssconf.ValidationError)
    assert not issubclass(mssconf.InvalidChecksum, mssconf.InvalidFormat)
    assert issubclass(mssconf.InvalidComponent, mssconf.ValidationError)
    assert issubclass(mssconf.InvalidType, TypeError)
    assert issubclass(mssconf.ReadError, OSError)


@pytest.mark.parametrize('code, cls', [
    (c.MSS_ERR_ID_INVALID_CHARACTER, mssconf.InvalidFormat),
    (c.MSS_ERR_ID_LENGTH, mssconf.InvalidLength),
    (c.MSS_ERR_ID_CHECKSUM, mssconf.InvalidChecksum),
    (c.MSS_ERR_FINESS_DEPARTMENT, mssconf.InvalidComponent),
    (c.MSS_ERR_DOMAIN_HYPHEN, mssconf.InvalidDomain),
    (c.MSS_ERR_WHITELIST_XML, mssconf.WhitelistError),
    (c.MSS_ERR_ADDRESS_NO_AT, mssconf.InvalidAddress),
    (c.MSS_ERR_IO, mssconf.ReadError),
    (c.MSS_ERR_INVALID_ARGUMENT, mssconf.UsageError),
])
def test_code_maps_to_class_by_family(code, cls):
    with pytest.raises(cls) as info:
        raise_for(code, 3)
    assert type(info.value) is cls
    assert info.value.code == code
    assert info.value.offset == 3


def test_exception_carries_both_messages_and_name():
    with pytest.raises(mssconf.InvalidChecksum) as info:
        raise_for(c.MSS_ERR_ID_CHECKSUM, 8)
    e = info.value
    assert e.name == 'MSS_ERR_ID_CHECKSUM'
    assert e.message == 'the check digit is wrong'
    assert e.message_fr == 'la clé de contrôle est fausse'
    assert e.field == -1
    assert 'offset 8' in str(e) and 'MSS_ERR_ID_CHECKSUM' in str(e)


def test_exception_without_arguments_like_stdnum():
    e = mssconf.InvalidLength()
    assert e.code == c.MSS_ERR_ID_LENGTH and e.message


def test_out_of_memory_is_memory_error():
    with pytest.raises(MemoryError):
        raise_for(c.MSS_ERR_NO_MEMORY)


def test_every_registry_code_has_a_class():
    for i in range(c.mss_error_count()):
        code = c.mss_error_code_at(i)
        if code < 0 and code != c.MSS_ERR_NO_MEMORY:
            assert issubclass(mssconf.error_class(code), mssconf.ValidationError)


def test_messages_by_language():
    assert mssconf.strerror(c.MSS_ERR_EMPTY) == 'the input is empty'
    assert mssconf.strerror(c.MSS_ERR_EMPTY, 'fr') == "l'entrée est vide"
    assert mssconf.error_name(12345) == 'MSS_UNKNOWN'


@pytest.mark.parametrize('value, cls, code, offset', [
    (None, mssconf.InvalidType, c.MSS_ERR_NULL_ARGUMENT, -1),
    (b'732829320', mssconf.InvalidType, c.MSS_ERR_INVALID_ARGUMENT, -1),
    (732829320, mssconf.InvalidType, c.MSS_ERR_INVALID_ARGUMENT, -1),
    ('7328\x0029320', mssconf.InvalidFormat, c.MSS_ERR_CONTROL_CHARACTER, 4),
    ('é\udc80', mssconf.InvalidFormat, c.MSS_ERR_INVALID_UTF8, 2),
])
def test_text_guard_refuses_what_c_cannot_receive_whole(value, cls, code, offset):
    with pytest.raises(cls) as info:
        text(value)
    assert info.value.code == code
    assert info.value.offset == offset


def test_text_guard_passes_ordinary_strings():
    assert text('hôpital') == 'hôpital'
    assert text('') == ''


def test_version():
    assert mssconf.__version__.count('.') == 2
