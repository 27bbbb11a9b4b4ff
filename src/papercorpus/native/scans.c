/* Three byte scans, each the function of the package's numpy or Python code bit for bit:
 *
 * - ``literal_starts``: where any of a few literals starts in a byte string, for
 *   ``tex._literal_starts`` (seven numpy passes over the text there).
 * - ``dirty_lines``: which lines of a page ``units.collapse`` could change, for
 *   ``units.dirty_lines`` (a join, an encoding and six numpy passes there).
 * - ``without_spaces``: folded texts without their spaces (the exact keys), for
 *   ``keys.key_batch``: ``bytes.translate``'s deletion is a slow path, ~2.5 ns a byte.
 */

#include "kernels.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static int append(PyObject *out, const int64_t *found, Py_ssize_t n)
{
    Py_ssize_t had = PyByteArray_GET_SIZE(out);
    if (PyByteArray_Resize(out, had + n * (Py_ssize_t)sizeof(int64_t)) < 0)
        return -1;
    memcpy(PyByteArray_AS_STRING(out) + had, found, (size_t)n * sizeof(int64_t));
    return 0;
}

/* Offsets found, appended to ``out`` (a bytearray) 256 at a time. */
typedef struct {
    PyObject *out;
    int64_t at[256];
    Py_ssize_t n;
} Found;

/* If one of the literals starts at ``p`` of ``s``, record ``p``; -1 on a memory error. */
static int try_place(Found *f, const unsigned char *s, Py_ssize_t len, Py_ssize_t p,
                     const unsigned char *const *lit, const Py_ssize_t *lit_len, Py_ssize_t nlit)
{
    for (Py_ssize_t j = 0; j < nlit; j++) {
        if (p + lit_len[j] <= len && !memcmp(s + p, lit[j], (size_t)lit_len[j])) {
            f->at[f->n++] = p;
            if (f->n == 256) {
                if (append(f->out, f->at, f->n) < 0)
                    return -1;
                f->n = 0;
            }
            return 0;
        }
    }
    return 0;
}

PyDoc_STRVAR(literal_starts_doc,
"literal_starts(data, literals) -> offsets\n\n"
"The offsets (int64, native-endian, in a bytearray, increasing) in ``data`` where one of\n"
"``literals`` (a tuple of at most eight bytes objects of 2-8 bytes) starts.");

static PyObject *literal_starts(PyObject *self, PyObject *args)
{
    (void)self;
    Py_buffer data;
    PyObject *literals;
    if (!PyArg_ParseTuple(args, "y*O!", &data, &PyTuple_Type, &literals))
        return NULL;
    const unsigned char *lit[8];
    Py_ssize_t lit_len[8];
    /* By the two bytes at a place (a bit each of 65,536): could a literal start there?
     * Most places fail this one test without a branch taken; a test of the first byte
     * alone passed a quarter of them (the literals start with common letters), each a
     * branch the CPU could not predict. */
    unsigned char *pairs = NULL;
    Py_ssize_t nlit = PyTuple_GET_SIZE(literals);
    PyObject *out = NULL;
    if (nlit > 8) {
        PyErr_SetString(PyExc_ValueError, "at most eight literals");
        goto done;
    }
    pairs = PyMem_Calloc(65536 / 8, 1);
    if (pairs == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t j = 0; j < nlit; j++) {
        PyObject *l = PyTuple_GET_ITEM(literals, j);
        if (!PyBytes_Check(l) || PyBytes_GET_SIZE(l) < 2 || PyBytes_GET_SIZE(l) > 8) {
            PyErr_SetString(PyExc_ValueError, "literals must be bytes of 2 to 8 bytes");
            goto done;
        }
        lit[j] = (const unsigned char *)PyBytes_AS_STRING(l);
        lit_len[j] = PyBytes_GET_SIZE(l);
        unsigned pair = lit[j][0] | (unsigned)lit[j][1] << 8;
        pairs[pair >> 3] |= (unsigned char)(1u << (pair & 7));
    }
    out = PyByteArray_FromStringAndSize(NULL, 0);
    if (out == NULL)
        goto done;
    const unsigned char *s = data.buf;
    Py_ssize_t len = data.len;
    Found found = {out, {0}, 0};
    Py_ssize_t p = 0;
#if defined(__GNUC__) || defined(__clang__)
    /* Sixteen places at a time: their two bytes against each literal's first two (GCC's
     * vector extensions: SSE2 or NEON), the places only of a block with a hit tried one by
     * one. Most blocks of English text have none. */
    typedef unsigned char v16 __attribute__((vector_size(16)));
    v16 one[8], two[8];
    for (Py_ssize_t j = 0; j < nlit; j++) {
        for (int q = 0; q < 16; q++) {
            one[j][q] = lit[j][0];
            two[j][q] = lit[j][1];
        }
    }
    for (; p + 17 <= len; p += 16) {
        v16 a, b, hit = {0};
        memcpy(&a, s + p, 16);
        memcpy(&b, s + p + 1, 16);
        for (Py_ssize_t j = 0; j < nlit; j++)
            hit |= (v16)((a == one[j]) & (b == two[j]));
#ifdef __SSE2__
        unsigned lanes = (unsigned)_mm_movemask_epi8((__m128i)hit);
#else
        unsigned lanes = 0;
        for (int q = 0; q < 16; q++)
            lanes |= (unsigned)(hit[q] & 1) << q;
#endif
        while (lanes) {
            int q = __builtin_ctz(lanes);
            lanes &= lanes - 1;
            if (try_place(&found, s, len, p + q, lit, lit_len, nlit) < 0) {
                Py_CLEAR(out);
                goto done;
            }
        }
    }
#endif
    for (; p + 1 < len; p++) {
        unsigned pair = s[p] | (unsigned)s[p + 1] << 8;
        if (!(pairs[pair >> 3] >> (pair & 7) & 1))
            continue;
        if (try_place(&found, s, len, p, lit, lit_len, nlit) < 0) {
            Py_CLEAR(out);
            goto done;
        }
    }
    if (found.n && append(out, found.at, found.n) < 0)
        Py_CLEAR(out);
done:
    PyMem_Free(pairs);
    PyBuffer_Release(&data);
    return out;
}

PyDoc_STRVAR(dirty_lines_doc,
"dirty_lines(texts) -> indexes\n\n"
"The indexes, increasing, of the strings of the list ``texts`` that are not ASCII, or hold\n"
"a byte under 32 other than a newline, or DEL, or two spaces in a row.");

static PyObject *dirty_lines(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *texts;
    if (!PyArg_ParseTuple(args, "O!", &PyList_Type, &texts))
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(texts);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *text = PyList_GET_ITEM(texts, i);
        if (!PyUnicode_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "texts must be a list of str");
            Py_DECREF(out);
            return NULL;
        }
        int dirty = !PyUnicode_IS_ASCII(text);
        if (!dirty) {
            /* Two branch-free OR-reductions (the compiler makes them vector loops): clean
             * text is most of what comes here, read to its end either way. */
            const unsigned char *c = PyUnicode_1BYTE_DATA(text);
            Py_ssize_t len = PyUnicode_GET_LENGTH(text);
            unsigned char bad = 0;
            for (Py_ssize_t j = 0; j < len; j++)
                bad |= (unsigned char)(((c[j] < 32) & (c[j] != 10)) | (c[j] == 127));
            for (Py_ssize_t j = 0; j + 1 < len; j++)
                bad |= (unsigned char)((c[j] == 32) & (c[j + 1] == 32));
            dirty = bad;
        }
        if (dirty) {
            PyObject *index = PyLong_FromSsize_t(i);
            if (index == NULL || PyList_Append(out, index) < 0) {
                Py_XDECREF(index);
                Py_DECREF(out);
                return NULL;
            }
            Py_DECREF(index);
        }
    }
    return out;
}

PyDoc_STRVAR(without_spaces_doc,
"without_spaces(texts) -> list\n\n"
"Each bytes object of the list ``texts`` without its spaces (``t.translate(None, b\" \")``).");

static PyObject *without_spaces(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *texts;
    if (!PyArg_ParseTuple(args, "O!", &PyList_Type, &texts))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(texts);
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *text = PyList_GET_ITEM(texts, i);
        if (!PyBytes_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "texts must be a list of bytes");
            Py_DECREF(out);
            return NULL;
        }
        const unsigned char *c = (const unsigned char *)PyBytes_AS_STRING(text);
        Py_ssize_t len = PyBytes_GET_SIZE(text);
        PyObject *kept = PyBytes_FromStringAndSize(NULL, len);
        if (kept == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        unsigned char *k = (unsigned char *)PyBytes_AS_STRING(kept);
        Py_ssize_t j = 0;
        for (Py_ssize_t p = 0; p < len; p++) { /* (branch-free: a space every ~7 bytes) */
            k[j] = c[p];
            j += c[p] != ' ';
        }
        if (j < len && _PyBytes_Resize(&kept, j) < 0) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, kept);
    }
    return out;
}

PyMethodDef SCAN_METHODS[] = {
    {"literal_starts", literal_starts, METH_VARARGS, literal_starts_doc},
    {"dirty_lines", dirty_lines, METH_VARARGS, dirty_lines_doc},
    {"without_spaces", without_spaces, METH_VARARGS, without_spaces_doc},
    {NULL, NULL, 0, NULL},
};
