"""The exception classes, under the module name python-stdnum users know.

``from mssconf.exceptions import *`` gives the same names as
``from stdnum.exceptions import *`` (``ValidationError``, ``InvalidFormat``,
``InvalidLength``, ``InvalidChecksum``, ``InvalidComponent``), plus the
MSSanté-specific ones, so code and doctests written against stdnum keep
catching the right errors.
"""

from ._errors import (AccountError, FileFormatError, InvalidAddress, InvalidChecksum,
                      InvalidComponent, InvalidDomain, InvalidFormat, InvalidLength,
                      InvalidRecord, InvalidType, ReadError, UsageError, ValidationError,
                      WhitelistError)

__all__ = [
    'ValidationError', 'InvalidFormat', 'InvalidLength', 'InvalidChecksum', 'InvalidComponent',
    'InvalidType', 'InvalidDomain', 'WhitelistError', 'InvalidAddress', 'InvalidRecord',
    'AccountError', 'FileFormatError', 'UsageError', 'ReadError',
]
