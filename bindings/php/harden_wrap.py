#!/usr/bin/env python3
"""Close the holes SWIG 4.1's PHP runtime leaves in a generated wrapper, so
that no PHP script can crash the process with a wrapped object that holds
no C pointer (SWIG allocates the object without initialising its pointer
and type, and reads both unchecked):

1. every wrapped class is final and not serialisable: ReflectionClass::
   newInstanceWithoutConstructor(), unserialize() and subclasses that skip
   the constructor cannot make such an object;
2. a freshly allocated object starts with a NULL pointer and type;
3. converting an object without a type fails (a TypeError for the script)
   instead of reading through the NULL type (``new SWIG\\_p_x()``).

It also plugs a leak: property reads and writes (``$result->code``) call
the accessor by a name built with ZVAL_STRING and never release it.

Usage: harden_wrap.py IN.c OUT.c. Fails when a pattern is not found, so a
SWIG upgrade that changes the generated code is noticed, not ignored.
"""

import re
import sys


def patch(text, pattern, replacement, minimum, maximum):
    result, count = re.subn(pattern, replacement, text)
    if not minimum <= count <= maximum:
        sys.exit('harden_wrap.py: %r matched %d times, expected %d..%d' % (pattern, count, minimum, maximum))
    return result


def main():
    source, target = sys.argv[1:3]
    with open(source, encoding='utf-8') as f:
        text = f.read()
    text = patch(text,
                 r'(\n(\s*)zend_do_implement_interface\((\w+), &SWIG_Php_swig_wrapped_interface_ce\);)',
                 r'\1\n#ifdef ZEND_ACC_NOT_SERIALIZABLE\n\2\3->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;\n#endif'
                 r'\n\2\3->ce_flags |= ZEND_ACC_FINAL;', 1, 10000)
    text = patch(text,
                 r'(\n(\s*)swig_object_wrapper \*obj = \(swig_object_wrapper\*\)zend_object_alloc\('
                 r'sizeof\(swig_object_wrapper\), ce\);)',
                 r'\1\n\2obj->ptr = NULL;\n\2obj->type = NULL;', 2, 2)
    text = patch(text,
                 r'swig_cast_info \*tc = SWIG_TypeCheck\(value->type->name, ty\);',
                 'swig_cast_info *tc = value->type ? SWIG_TypeCheck(value->type->name, ty) : NULL;', 1, 1)
    text = patch(text,
                 r'(\n(\s*)call_user_function\(EG\(function_table\),ZEND_THIS,&tempZval,[^;]*;)',
                 r'\1\n\2zval_ptr_dtor(&tempZval);', 1, 10000)
    with open(target, 'w', encoding='utf-8') as f:
        f.write(text)


if __name__ == '__main__':
    main()
