"""Code written for python-stdnum runs unchanged against mssconf.

A doctest in stdnum's own style, with only the imports changed."""
import doctest

import mssconf

STDNUM_STYLE = """
>>> from mssconf import siren, siret
>>> from mssconf.exceptions import *
>>> siret.validate('356 000 000 09075')
'35600000009075'
>>> siret.validate('35600000049838')
Traceback (most recent call last):
    ...
InvalidChecksum: ...
>>> siren.validate('732829321')
Traceback (most recent call last):
    ...
InvalidChecksum: ...
>>> siren.validate('73282932')
Traceback (most recent call last):
    ...
InvalidLength: ...
>>> siren.validate('73282932A')
Traceback (most recent call last):
    ...
InvalidFormat: ...
>>> siret.format('73282932000074')
'732 829 320 00074'
>>> siret.to_siren('732 829 320 00074')
'732 829 320'
>>> [x for x in ['3 12 494 529 000 34', '329.338.88300153', '542 097 324 0006 6']
...  if not siret.is_valid(x)]
[]
"""


def test_stdnum_style_doctest_passes():
    test = doctest.DocTestParser().get_doctest(STDNUM_STYLE, {}, 'stdnum_style', None, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.IGNORE_EXCEPTION_DETAIL | doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


def test_exceptions_module_has_stdnum_names_and_hierarchy():
    from mssconf import exceptions
    for name in ('ValidationError', 'InvalidFormat', 'InvalidLength', 'InvalidChecksum',
                 'InvalidComponent'):
        assert getattr(exceptions, name) is getattr(mssconf, name)
    assert issubclass(exceptions.InvalidLength, exceptions.InvalidFormat)
    assert issubclass(exceptions.ValidationError, ValueError)
