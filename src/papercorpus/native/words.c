/* The page parser's word cuts, each the function of its Python code bit for bit on an
 * ASCII string (``None`` for any other: the Python code reads those):
 *
 * - ``ascii_words``: the runs of ASCII letters, for ``echoes.ascii_words`` (an encode, a
 *   ``translate``, a decode and a ``split`` there, four passes and four objects);
 * - ``long_words``: the set of those runs of five letters or more, lower-cased, for
 *   ``echoes.long_words`` (a ``lower`` and the four passes, then a set built in Python);
 * - ``rare_in``: whether a title's rarer longer word stands in the text under a line, for
 *   ``title_under._rare_in`` (a title's word set made, a ``lower`` of 600 characters and a
 *   search a word there: ~17k instructions a record);
 * - ``folded_unsure``: ``casefold.folded_name``'s first test, which settles nearly every
 *   line (~13k instructions a record in Python: a word list, a method call a word);
 * - ``holds_word``: whether a run of ``\w`` is one of a few words, for ``shape``'s
 *   ``sentence_like`` and ``first_person`` (the runs as bytes and a set test there).
 *
 * The parser asks these of a card's title and of the text under it several times a record;
 * what is left of their cost is making the words' objects.
 */

#define _GNU_SOURCE /* (memmem) */
#include "kernels.h"

#include <string.h>

/* 1: an ASCII letter; 2: a digit or ``_`` (a word character that is no letter). */
static unsigned char CLASS[128];

static void classes_init(void)
{
    for (int c = 0; c < 128; c++)
        CLASS[c] = ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) ? 1
                   : ((c >= '0' && c <= '9') || c == '_')              ? 2
                                                                       : 0;
}

/* The bytes of ``arg``, an ASCII str, and its length; NULL when it is no ASCII str
 * (with an error set only where reading it failed). */
static const unsigned char *ascii_of(PyObject *arg, Py_ssize_t *len)
{
    if (!PyUnicode_Check(arg) || PyUnicode_READY(arg) < 0 || !PyUnicode_IS_ASCII(arg))
        return NULL;
    *len = PyUnicode_GET_LENGTH(arg);
    return (const unsigned char *)PyUnicode_1BYTE_DATA(arg);
}

static PyObject *ascii_str(const unsigned char *p, Py_ssize_t n, int lower)
{
    PyObject *s = PyUnicode_New(n, 127);
    if (s == NULL)
        return NULL;
    Py_UCS1 *out = PyUnicode_1BYTE_DATA(s);
    if (lower) {
        for (Py_ssize_t i = 0; i < n; i++)
            out[i] = (Py_UCS1)(p[i] | 0x20);  /* (a letter: its lower case) */
    } else {
        memcpy(out, p, (size_t)n);
    }
    return s;
}

/* The next maximal run, at or after ``*at``, of bytes whose class has a bit of ``mask``:
 * its start, and its length in ``*n`` (0 when none is left); ``*at`` moves past it. */
static Py_ssize_t next_run(const unsigned char *s, Py_ssize_t len, Py_ssize_t *at, int mask,
                           Py_ssize_t *n)
{
    Py_ssize_t i = *at;
    while (i < len && !(CLASS[s[i]] & mask))
        i++;
    Py_ssize_t start = i;
    while (i < len && (CLASS[s[i]] & mask))
        i++;
    *at = i;
    *n = i - start;
    return start;
}

/* Adds one run (``p``, ``n`` bytes) to ``out``; -1 on an error. */
typedef int (*Take)(PyObject *out, const unsigned char *p, Py_ssize_t n);

/* ``out`` (a new list or set) with every run of ``arg`` of class ``mask`` taken into it;
 * None (``out`` dropped) when ``arg`` is not an ASCII str. */
static PyObject *collect(PyObject *arg, int mask, PyObject *out, Take take)
{
    Py_ssize_t len, at = 0, n, start;
    const unsigned char *data = ascii_of(arg, &len);
    if (out == NULL)
        return NULL;
    if (data == NULL) {
        Py_DECREF(out);
        if (PyErr_Occurred())
            return NULL;
        Py_RETURN_NONE;
    }
    while ((start = next_run(data, len, &at, mask, &n)), n) {
        if (take(out, data + start, n) < 0) {
            Py_DECREF(out);
            return NULL;
        }
    }
    return out;
}

static int take_word(PyObject *list, const unsigned char *p, Py_ssize_t n)
{
    PyObject *s = ascii_str(p, n, 0);
    if (s == NULL)
        return -1;
    int r = PyList_Append(list, s);
    Py_DECREF(s);
    return r;
}

static int take_long(PyObject *set, const unsigned char *p, Py_ssize_t n)
{
    if (n < 5)
        return 0;
    PyObject *s = ascii_str(p, n, 1);
    if (s == NULL)
        return -1;
    int r = PySet_Add(set, s);
    Py_DECREF(s);
    return r;
}

PyDoc_STRVAR(ascii_words_doc,
"ascii_words(s) -> list of str, or None\n\n"
"The runs of ASCII letters of ``s`` (``echoes.ascii_words``), or None when ``s`` is not an\n"
"ASCII str.");

static PyObject *ascii_words(PyObject *self, PyObject *arg)
{
    (void)self;
    return collect(arg, 1, PyList_New(0), take_word);
}

PyDoc_STRVAR(long_words_doc,
"long_words(s) -> set of str, or None\n\n"
"The runs of five ASCII letters or more of ``s``, lower-cased (``echoes.long_words``), or\n"
"None when ``s`` is not an ASCII str.");

static PyObject *long_words(PyObject *self, PyObject *arg)
{
    (void)self;
    return collect(arg, 1, PySet_New(NULL), take_long);
}

/* Does ``w`` (``n`` >= 1 bytes) stand in ``s``'s first ``len`` bytes? Candidates by their
 * first byte (``memchr``: vector code in glibc), then the rest compared: for a needle whose
 * first byte is rare in ``s`` (a capital in prose); glibc's ``memmem`` spends ~1.5k
 * instructions setting up its two-way search for a needle this short. */
static int held(const unsigned char *w, Py_ssize_t n, const unsigned char *s, Py_ssize_t len)
{
    if (n > len)
        return 0;
    const unsigned char *p = s, *end = s + len - n + 1;
    while (p < end) {
        p = memchr(p, w[0], (size_t)(end - p));
        if (p == NULL)
            return 0;
        if (!memcmp(p + 1, w + 1, (size_t)(n - 1)))
            return 1;
        p++;
    }
    return 0;
}

/* ``held`` for a needle of common letters in lower-cased prose, where its first byte recurs
 * every few bytes: ``memmem``'s two-way search, as CPython's own ``in``, where glibc has it. */
static int held_in_prose(const unsigned char *w, Py_ssize_t n, const unsigned char *s,
                         Py_ssize_t len)
{
#ifdef __GLIBC__
    return memmem(s, (size_t)len, w, (size_t)n) != NULL;
#else
    return held(w, n, s, len);
#endif
}

PyDoc_STRVAR(rare_in_doc,
"rare_in(title, under, limit, common) -> bool, or None\n\n"
"Does a word of five ASCII letters or more of ``title``, lower-cased and not in ``common``\n"
"(a frozenset), stand in the first ``limit`` characters of ``under``, lower-cased, as a\n"
"piece of its text (``title_under._rare_in``)? None when either text is not ASCII.");

static PyObject *rare_in(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *title, *under, *common;
    Py_ssize_t limit, tlen, ulen;
    if (!PyArg_ParseTuple(args, "UUnO!:rare_in", &title, &under, &limit, &PyFrozenSet_Type, &common))
        return NULL;
    const unsigned char *t = ascii_of(title, &tlen);
    if (t == NULL)
        goto not_ascii;
    const unsigned char *u = ascii_of(under, &ulen);
    if (u == NULL)
        goto not_ascii;
    if (ulen > limit)
        ulen = limit < 0 ? 0 : limit;
    unsigned char *lowered = PyMem_Malloc((size_t)ulen + 1);
    if (lowered == NULL)
        return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < ulen; i++) {  /* (no table: the compiler vectorises it) */
        unsigned char c = u[i];
        lowered[i] = (unsigned char)(c + ((unsigned char)(c - 'A') < 26 ? 0x20 : 0));
    }
    int found = 0;
    Py_ssize_t at = 0, n, start;
    while (!found && ((start = next_run(t, tlen, &at, 1, &n)), n)) {
        if (n < 5)
            continue;
        PyObject *w = ascii_str(t + start, n, 1);
        if (w == NULL) {
            found = -1;
            break;
        }
        int is_common = PySet_Contains(common, w);
        if (is_common == 0)
            found = held_in_prose(PyUnicode_1BYTE_DATA(w), n, lowered, ulen);
        else if (is_common < 0)
            found = -1;
        Py_DECREF(w);
    }
    PyMem_Free(lowered);
    if (found < 0)
        return NULL;
    return PyBool_FromLong(found);
not_ascii:
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_NONE;
}

/* Does ``s`` (``n`` bytes) hold ``/`` or ``www.`` (``casefold._no_links`` would change it)? */
static int has_link(const unsigned char *s, Py_ssize_t n)
{
    return memchr(s, '/', (size_t)n) != NULL || held((const unsigned char *)"www.", 4, s, n);
}

PyDoc_STRVAR(folded_unsure_doc,
"folded_unsure(line, under, limit, small) -> False, or None\n\n"
"False where ``casefold.folded_name(line, under)`` is surely false by its first test: no\n"
"lower-case word of two ASCII letters or more of ``line``, not in ``small`` (a frozenset),\n"
"has its capitals but the last in the first ``limit`` characters of ``under``. None where\n"
"the Python must decide: a word passes that test, or a text is not ASCII or holds a link.");

static PyObject *folded_unsure(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *line, *under, *small;
    Py_ssize_t limit, llen, ulen;
    if (!PyArg_ParseTuple(args, "UUnO!:folded_unsure", &line, &under, &limit, &PyFrozenSet_Type, &small))
        return NULL;
    const unsigned char *l = ascii_of(line, &llen);
    const unsigned char *u = l == NULL ? NULL : ascii_of(under, &ulen);
    if (u == NULL) {
        if (PyErr_Occurred())
            return NULL;
        Py_RETURN_NONE;
    }
    if (ulen > limit)
        ulen = limit < 0 ? 0 : limit;
    if (has_link(l, llen) || has_link(u, ulen))
        Py_RETURN_NONE;
    unsigned char upper[256];
    Py_ssize_t at = 0, n, start;
    while ((start = next_run(l, llen, &at, 1, &n)), n) {
        int has_upper = 0;
        for (Py_ssize_t k = start; k < start + n; k++)
            has_upper |= l[k] < 'a';
        if (n < 2 || has_upper)
            continue;
        if (n - 1 > (Py_ssize_t)sizeof upper)
            Py_RETURN_NONE;  /* (a word longer than any: the Python reads it) */
        for (Py_ssize_t k = 0; k < n - 1; k++)
            upper[k] = (unsigned char)(l[start + k] - 0x20);
        if (!held(upper, n - 1, u, ulen))
            continue;
        PyObject *w = ascii_str(l + start, n, 0);
        if (w == NULL)
            return NULL;
        int is_small = PySet_Contains(small, w);
        Py_DECREF(w);
        if (is_small < 0)
            return NULL;
        if (!is_small)
            Py_RETURN_NONE;
    }
    Py_RETURN_FALSE;
}

PyDoc_STRVAR(holds_word_doc,
"holds_word(s, words) -> bool, or None\n\n"
"Is a run of ``[0-9A-Za-z_]`` of ``s`` one of ``words`` (a tuple of bytes)? As\n"
"``not frozenset(words).isdisjoint(shape.py_word_runs(s))`` (``shape._holds_word``), without\n"
"the runs' objects. None when ``s`` is not an ASCII str.");

static PyObject *holds_word(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *text, *words;
    Py_ssize_t len;
    if (!PyArg_ParseTuple(args, "UO!:holds_word", &text, &PyTuple_Type, &words))
        return NULL;
    const unsigned char *s = ascii_of(text, &len);
    if (s == NULL) {
        if (PyErr_Occurred())
            return NULL;
        Py_RETURN_NONE;
    }
    Py_ssize_t nwords = PyTuple_GET_SIZE(words);
    for (Py_ssize_t j = 0; j < nwords; j++) {
        if (!PyBytes_Check(PyTuple_GET_ITEM(words, j))) {
            PyErr_SetString(PyExc_TypeError, "holds_word: words must be bytes");
            return NULL;
        }
    }
    Py_ssize_t at = 0, n, start;
    while ((start = next_run(s, len, &at, 3, &n)), n) {
        for (Py_ssize_t j = 0; j < nwords; j++) {
            PyObject *w = PyTuple_GET_ITEM(words, j);
            if (PyBytes_GET_SIZE(w) == n && !memcmp(PyBytes_AS_STRING(w), s + start, (size_t)n))
                Py_RETURN_TRUE;
        }
    }
    Py_RETURN_FALSE;
}

PyMethodDef WORD_METHODS[] = {
    {"ascii_words", ascii_words, METH_O, ascii_words_doc},
    {"long_words", long_words, METH_O, long_words_doc},
    {"rare_in", rare_in, METH_VARARGS, rare_in_doc},
    {"folded_unsure", folded_unsure, METH_VARARGS, folded_unsure_doc},
    {"holds_word", holds_word, METH_VARARGS, holds_word_doc},
    {NULL, NULL, 0, NULL},
};

void words_init(void)
{
    classes_init();
}
