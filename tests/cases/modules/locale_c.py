# _locale in the C / C.UTF-8 locales: setlocale, localeconv, nl_langinfo, strcoll/strxfrm, gettext stand-ins, Error.
# The reference's C library is musl (WebAssembly): its C locale differs from glibc's in CODESET ('ASCII' vs
# 'ANSI_X3.4-1968'), D_T_FMT, ERA_D_FMT, ALT_DIGITS, CRNCYSTR, the LC_ALL name of mixed locales, unknown
# locale names (musl accepts any) and bind_textdomain_codeset; those are left out here (Ouro gives glibc's answers).
import _locale as l

print(l.Error, l.Error.__mro__, l.CHAR_MAX)
print(l.setlocale(l.LC_NUMERIC), l.setlocale(l.LC_CTYPE), l.getencoding())
print(l.localeconv())
print(l.setlocale(l.LC_ALL, 'C'), l.setlocale(l.LC_ALL), l.setlocale(l.LC_CTYPE))
print(l.setlocale(l.LC_CTYPE, 'C.UTF-8'), l.nl_langinfo(l.CODESET), l.getencoding())
for name in ['RADIXCHAR', 'THOUSEP', 'DAY_1', 'ABDAY_7', 'MON_12', 'ABMON_5', 'D_FMT', 'T_FMT', 'T_FMT_AMPM',
             'AM_STR', 'PM_STR', 'ERA', 'YESEXPR', 'NOEXPR']:
    print(name, repr(l.nl_langinfo(getattr(l, name))))
for f in [lambda: l.nl_langinfo(12345), lambda: l.setlocale(99), lambda: l.setlocale(l.LC_ALL, 1),
          lambda: l.strcoll('a', 1), lambda: l.nl_langinfo('x')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(l.strcoll('a', 'b'), l.strcoll('b', 'a'), l.strcoll('x', 'x'), l.strxfrm('abc'))
print(l.gettext('hello'), l.dgettext('dom', 'hi'), l.dcgettext('dom', 'hey', l.LC_MESSAGES), l.dgettext(None, 'x'))
print(l.textdomain(None), l.textdomain('mydomain'), l.textdomain(None))
print(l.bindtextdomain('mydomain', '/tmp/x'))
