/* The page parser's word cuts, each the function of its Python code bit for bit on an
 * ASCII string (``None`` for any other: the Python code reads those):
 *
 * - ``ascii_words``: the runs of ASCII letters, for ``echoes.ascii_words`` (an encode, a
 *   ``translate``, a decode and a ``split`` there, four passes and four objects);
 * - ``long_words``: the set of those runs of five letters or more, lower-cased, for
 *   ``echoes.long_words`` (a ``lower`` and the four passes, then a set built in Python);
 * - ``word_runs``: the runs of ``[0-9A-Za-z_]`` (``\w`` in ASCII) as bytes, for
 *   ``shape._ascii_words``.
 *
 * The parser asks these of a card's title and of the text under it several times a record;
 * what is left of their cost is making the words' objects.
 */

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

static int append_str(PyObject *list, const unsigned char *p, Py_ssize_t n, int lower)
{
    PyObject *s = ascii_str(p, n, lower);
    if (s == NULL)
        return -1;
    int r = PyList_Append(list, s);
    Py_DECREF(s);
    return r;
}

/* Calls ``take(start, length)`` for each maximal run of bytes whose class has a bit of
 * ``mask``; returns -1 when one does. */
#define EACH_RUN(data, len, mask, take)                                     \
    do {                                                                    \
        Py_ssize_t i_ = 0;                                                  \
        while (i_ < (len)) {                                                \
            if (!(CLASS[(data)[i_]] & (mask))) {                            \
                i_++;                                                       \
                continue;                                                   \
            }                                                               \
            Py_ssize_t s_ = i_;                                             \
            while (i_ < (len) && (CLASS[(data)[i_]] & (mask)))              \
                i_++;                                                       \
            if (take(s_, i_ - s_) < 0)                                      \
                goto fail;                                                  \
        }                                                                   \
    } while (0)

PyDoc_STRVAR(ascii_words_doc,
"ascii_words(s) -> list of str, or None\n\n"
"The runs of ASCII letters of ``s`` (``echoes.ascii_words``), or None when ``s`` is not an\n"
"ASCII str.");

static PyObject *ascii_words(PyObject *self, PyObject *arg)
{
    (void)self;
    Py_ssize_t len;
    const unsigned char *data = ascii_of(arg, &len);
    if (data == NULL) {
        if (PyErr_Occurred())
            return NULL;
        Py_RETURN_NONE;
    }
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
#define TAKE(start, n) append_str(out, data + (start), (n), 0)
    EACH_RUN(data, len, 1, TAKE);
#undef TAKE
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

static int add_long(PyObject *set, const unsigned char *p, Py_ssize_t n)
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

PyDoc_STRVAR(long_words_doc,
"long_words(s) -> set of str, or None\n\n"
"The runs of five ASCII letters or more of ``s``, lower-cased (``echoes.long_words``), or\n"
"None when ``s`` is not an ASCII str.");

static PyObject *long_words(PyObject *self, PyObject *arg)
{
    (void)self;
    Py_ssize_t len;
    const unsigned char *data = ascii_of(arg, &len);
    if (data == NULL) {
        if (PyErr_Occurred())
            return NULL;
        Py_RETURN_NONE;
    }
    PyObject *out = PySet_New(NULL);
    if (out == NULL)
        return NULL;
#define TAKE(start, n) add_long(out, data + (start), (n))
    EACH_RUN(data, len, 1, TAKE);
#undef TAKE
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

static int append_bytes(PyObject *list, const unsigned char *p, Py_ssize_t n)
{
    PyObject *b = PyBytes_FromStringAndSize((const char *)p, n);
    if (b == NULL)
        return -1;
    int r = PyList_Append(list, b);
    Py_DECREF(b);
    return r;
}

PyDoc_STRVAR(word_runs_doc,
"word_runs(s) -> list of bytes, or None\n\n"
"The runs of ``[0-9A-Za-z_]`` of ``s`` as bytes (``shape._ascii_words``), or None when\n"
"``s`` is not an ASCII str.");

static PyObject *word_runs(PyObject *self, PyObject *arg)
{
    (void)self;
    Py_ssize_t len;
    const unsigned char *data = ascii_of(arg, &len);
    if (data == NULL) {
        if (PyErr_Occurred())
            return NULL;
        Py_RETURN_NONE;
    }
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
#define TAKE(start, n) append_bytes(out, data + (start), (n))
    EACH_RUN(data, len, 3, TAKE);
#undef TAKE
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

PyMethodDef WORD_METHODS[] = {
    {"ascii_words", ascii_words, METH_O, ascii_words_doc},
    {"long_words", long_words, METH_O, long_words_doc},
    {"word_runs", word_runs, METH_O, word_runs_doc},
    {NULL, NULL, 0, NULL},
};

void words_init(void)
{
    classes_init();
}
