/* SPDX-License-Identifier: MPL-2.0 */
/* A stand-in for LibreOffice's sal3.dll, so that star.dll and starmenu.dll
   can be loaded and called under wine outside the office
   (tests/windows/dispatch_test.c, menu_test.c). It has the functions they
   and the tests import, declared by the SDK's own
   headers, and each does what LibreOffice's does for the inputs they give it:
   strings are UTF-16 with reference counts; conversions know UTF-8 (and so
   ASCII), the only encoding the component uses; the global mutex is
   recursive, as osl's is. */
#include <windows.h>

#include <osl/module.h>
#include <osl/mutex.h>
#include <rtl/string.h>
#include <rtl/textenc.h>
#include <rtl/ustring.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

struct _oslMutexImpl {
    CRITICAL_SECTION section;
};

static struct _oslMutexImpl global_mutex;
static oslMutex global_mutex_handle = &global_mutex;

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved);
BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance;
    (void)reserved;
    if (reason == DLL_PROCESS_ATTACH)
        InitializeCriticalSection(&global_mutex.section);
    return TRUE;
}

oslMutex *SAL_CALL osl_getGlobalMutex(void)
{
    return &global_mutex_handle;
}

sal_Bool SAL_CALL osl_acquireMutex(oslMutex mutex)
{
    EnterCriticalSection(&mutex->section);
    return 1;
}

sal_Bool SAL_CALL osl_releaseMutex(oslMutex mutex)
{
    LeaveCriticalSection(&mutex->section);
    return 1;
}

/* ---- strings: rtl_uString holds UTF-16, rtl_String bytes ---- */

static rtl_uString *new_ustring(sal_Int32 length)
{
    /* The struct holds the terminating zero, as in LibreOffice. */
    rtl_uString *s = malloc(sizeof(rtl_uString) + (size_t)length * sizeof(sal_Unicode));
    if (!s)
        abort(); /* a test program: out of memory ends it */
    s->refCount = 1;
    s->length = length;
    s->buffer[length] = 0;
    return s;
}

void SAL_CALL rtl_uString_acquire(rtl_uString *str)
{
    __atomic_add_fetch(&str->refCount, 1, __ATOMIC_RELAXED);
}

void SAL_CALL rtl_uString_release(rtl_uString *str)
{
    if (__atomic_sub_fetch(&str->refCount, 1, __ATOMIC_ACQ_REL) == 0)
        free(str);
}

/* The rtl_*_new* functions release what *out held before. */
static void replace(rtl_uString **out, rtl_uString *s)
{
    if (*out)
        rtl_uString_release(*out);
    *out = s;
}

void SAL_CALL rtl_uString_new(rtl_uString **newStr)
{
    replace(newStr, new_ustring(0));
}

void SAL_CALL rtl_uString_newFromAscii(rtl_uString **newStr, const char *value)
{
    sal_Int32 length = (sal_Int32)strlen(value);
    rtl_uString *s = new_ustring(length);
    for (sal_Int32 i = 0; i < length; i++)
        s->buffer[i] = (sal_Unicode)(unsigned char)value[i];
    replace(newStr, s);
}

sal_Int32 SAL_CALL rtl_ustr_ascii_compare_WithLength(const sal_Unicode *first, sal_Int32 firstLen,
                                                     const char *second)
{
    sal_Int32 i = 0;
    for (; i < firstLen && second[i]; i++)
        if (first[i] != (unsigned char)second[i])
            return (sal_Int32)first[i] - (unsigned char)second[i];
    return i < firstLen ? 1 : second[i] ? -1 : 0;
}

/* UTF-8 to UTF-16; a malformed sequence becomes U+FFFD, as LibreOffice's
   default conversion flags ask. */
void SAL_CALL rtl_string2UString(rtl_uString **newStr, const char *str, sal_Int32 len,
                                 rtl_TextEncoding encoding, sal_uInt32 convertFlags)
{
    (void)convertFlags;
    if (encoding != RTL_TEXTENCODING_UTF8 && encoding != RTL_TEXTENCODING_ASCII_US)
        abort(); /* not an encoding the component uses */
    rtl_uString *s = new_ustring(len); /* never more code units than bytes */
    const unsigned char *p = (const unsigned char *)str, *end = p + len;
    sal_Int32 n = 0;
    while (p < end) {
        unsigned c = *p++, extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        unsigned long code = extra ? c & (0x3Fu >> extra) : c;
        bool bad = c >= 0x80 && (extra == 0 || c >= 0xF8 || (size_t)(end - p) < extra);
        for (unsigned k = 0; !bad && k < extra; k++, p++) {
            bad = (*p & 0xC0) != 0x80;
            code = code << 6 | (*p & 0x3Fu);
        }
        if (bad || code > 0x10FFFF || (code >= 0xD800 && code < 0xE000))
            code = 0xFFFD;
        if (code >= 0x10000) {
            s->buffer[n++] = (sal_Unicode)(0xD800 + ((code - 0x10000) >> 10));
            s->buffer[n++] = (sal_Unicode)(0xDC00 + ((code - 0x10000) & 0x3FF));
        } else {
            s->buffer[n++] = (sal_Unicode)code;
        }
    }
    s->length = n;
    s->buffer[n] = 0;
    replace(newStr, s);
}

void SAL_CALL rtl_string_release(rtl_String *str)
{
    if (__atomic_sub_fetch(&str->refCount, 1, __ATOMIC_ACQ_REL) == 0)
        free(str);
}

/* UTF-16 to UTF-8; a lone surrogate becomes U+FFFD. */
void SAL_CALL rtl_uString2String(rtl_String **newStr, const sal_Unicode *str, sal_Int32 len,
                                 rtl_TextEncoding encoding, sal_uInt32 convertFlags)
{
    (void)convertFlags;
    if (encoding != RTL_TEXTENCODING_UTF8)
        abort(); /* not an encoding the component uses */
    rtl_String *s = malloc(sizeof(rtl_String) + (size_t)len * 3); /* UTF-16 unit: at most 3 bytes */
    if (!s)
        abort();
    sal_Int32 n = 0;
    for (sal_Int32 i = 0; i < len; i++) {
        unsigned long code = str[i];
        if (code >= 0xD800 && code < 0xDC00 && i + 1 < len && str[i + 1] >= 0xDC00 && str[i + 1] < 0xE000)
            code = 0x10000 + ((code - 0xD800) << 10) + (str[++i] - 0xDC00u);
        else if (code >= 0xD800 && code < 0xE000)
            code = 0xFFFD;
        if (code < 0x80) {
            s->buffer[n++] = (char)code;
        } else {
            static const unsigned char lead[] = {0, 0xC0, 0xE0, 0xF0};
            int extra = code < 0x800 ? 1 : code < 0x10000 ? 2 : 3;
            s->buffer[n++] = (char)(lead[extra] | (code >> (6 * extra)));
            for (int k = extra - 1; k >= 0; k--)
                s->buffer[n++] = (char)(0x80 | ((code >> (6 * k)) & 0x3F));
        }
    }
    s->refCount = 1;
    s->length = n;
    s->buffer[n] = 0;
    if (*newStr)
        rtl_string_release(*newStr);
    *newStr = s;
}

/* ---- for the menu's component ---- */

void SAL_CALL rtl_uString_newFromStr_WithLength(rtl_uString **newStr, const sal_Unicode *value, sal_Int32 len)
{
    rtl_uString *s = new_ustring(len);
    memcpy(s->buffer, value, (size_t)len * sizeof(sal_Unicode));
    replace(newStr, s);
}

void SAL_CALL rtl_uString_newConcat(rtl_uString **newStr, rtl_uString *left, rtl_uString *right)
{
    rtl_uString *s = new_ustring(left->length + right->length);
    memcpy(s->buffer, left->buffer, (size_t)left->length * sizeof(sal_Unicode));
    memcpy(s->buffer + left->length, right->buffer, (size_t)right->length * sizeof(sal_Unicode));
    replace(newStr, s); /* left may be *newStr: it was copied first */
}

sal_Int32 SAL_CALL rtl_ustr_lastIndexOfChar_WithLength(const sal_Unicode *str, sal_Int32 len, sal_Unicode ch)
{
    while (len-- > 0)
        if (str[len] == ch)
            return len;
    return -1;
}

/* The file URL of the DLL holding the function: file:///C:/dir/name.dll. */
sal_Bool SAL_CALL osl_getModuleURLFromFunctionAddress(oslGenericFunction addr, rtl_uString **ppLibraryUrl)
{
    HMODULE module = NULL;
    wchar_t path[MAX_PATH];
    if (!GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                            (LPCWSTR)(void *)addr, &module) ||
        !GetModuleFileNameW(module, path, MAX_PATH))
        return 0;
    static const char prefix[] = "file:///";
    size_t length = wcslen(path), start = sizeof prefix - 1;
    rtl_uString *s = new_ustring((sal_Int32)(start + length));
    for (size_t i = 0; i < start; i++)
        s->buffer[i] = (sal_Unicode)prefix[i];
    for (size_t i = 0; i < length; i++)
        s->buffer[start + i] = path[i] == L'\\' ? '/' : (sal_Unicode)path[i];
    replace(ppLibraryUrl, s);
    return 1;
}
