/* Byte kernels of the hot path, each a function of the package's numpy or Python code bit
 * for bit (that code is the specification, runs wherever this module is not built, and is
 * held equal to it by tests/test_native_kernels.py):
 *
 * - ``signatures``: the signing of folded texts in one pass (words, word hashes, 3-word
 *   shingles, one-permutation MinHash bins and their densification, a text at a time) for
 *   ``sketch.signing.oph_of_texts``. The numpy path makes ~15 passes over a block's arrays
 *   (gathers, masks, a ``minimum.at``); here each word is read once and each shingle goes
 *   straight to its bin: ~2x less CPU on an abstract.
 * - ``literal_starts``: where any of a few literals starts in a byte string, for
 *   ``tex._literal_starts`` (seven numpy passes over the text there).
 * - ``dirty_lines``: which lines of a page ``units.collapse`` could change, for
 *   ``units.dirty_lines`` (a join, an encoding and six numpy passes there).
 * - ``without_spaces``: folded texts without their spaces (the exact keys), for
 *   ``keys.key_batch``: ``bytes.translate``'s deletion is a slow path, ~2.5 ns a byte.
 *
 * Arithmetic is on uint64_t, which wraps as numpy's uint64 does; words are read as
 * little-endian, as the numpy path's "<u8" view reads them.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define M1 0xBF58476D1CE4E5B9ULL
#define M2 0x94D049BB133111EBULL
#define C1 0x9E3779B97F4A7C15ULL
#define C2 0xC2B2AE3D27D4EB4FULL
#define C3 0x165667B19E3779F9ULL
#define EMPTY 0xFFFFu

static inline uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= M1;
    x ^= x >> 27;
    x *= M2;
    return x ^ (x >> 31);
}

/* The first ``n`` (<= 8) bytes at ``p`` as a little-endian number, the rest zero. */
static inline uint64_t load_le(const unsigned char *p, Py_ssize_t n)
{
    uint64_t v = 0;
    for (Py_ssize_t i = n - 1; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

static inline uint64_t load8_le(const unsigned char *p)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
#else
    return load_le(p, 8);
#endif
}

/* mix64(length) for the words shorter than eight bytes (``shingles._SHORT_TAILS``). */
static uint64_t short_tails[8];

/* ``shingles.word_hashes`` of a word of ``len`` bytes: ``head`` its first min(len, 8)
 * bytes as a little-endian number, ``last8`` (len >= 8 only) its last eight. */
static inline uint64_t word_hash(uint64_t head, uint64_t last8, Py_ssize_t len)
{
    uint64_t n = (uint64_t)len;
    uint64_t tail = len >= 8 ? mix64(last8 + n) : short_tails[len];
    return mix64(head * C1 + tail * C2 + n);
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* The high bit of the lowest byte of ``x`` that is <= 32 is the lowest bit set (bytes of
 * 128 and over are not <= 32, nor flagged; a borrow reaches only the bytes above the
 * first flagged one). 0: no such byte. */
static inline uint64_t low_space(uint64_t x)
{
    return (x - ONES * 33) & ~x & HIGHS;
}

/* The index of the byte of ``low_space``'s lowest flag (``m`` != 0). */
static inline Py_ssize_t flagged_byte(uint64_t m)
{
#if defined(__GNUC__) || defined(__clang__)
    return (Py_ssize_t)(__builtin_ctzll(m) >> 3);
#else
    Py_ssize_t i = 0;
    while (!(m & 0x80))
        m >>= 8, i++;
    return i;
#endif
}

/* The shingle's hash from its words' terms (``_full_shingles``, ``_short_shingles``). */
static inline uint64_t term0(uint64_t h) { return (h + 1) * C1; }
static inline uint64_t term1(uint64_t h) { return mix64((h + 2) * C2); }
static inline uint64_t term2(uint64_t h) { return mix64((h + 3) * C3); }

typedef struct {
    uint16_t *row;
    uint64_t k;
    int pow2;
} Bins;

static inline void bin_shingle(Bins *b, uint64_t x)
{
    uint64_t high = x >> 32;
    uint64_t bin = b->pow2 ? (high & (b->k - 1)) : (high % b->k);
    uint16_t value = (uint16_t)((x >> 16) & 0xFFFE);
    if (value < b->row[bin])
        b->row[bin] = value;
}

/* ``signatures._densify`` of one row: an empty bin borrows the next filled bin to its
 * right (wrapping), offset by the distance; a row without a filled bin stays empty. */
static void densify(uint16_t *row, Py_ssize_t k)
{
    Py_ssize_t first = -1;
    for (Py_ssize_t j = 0; j < k; j++) {
        if (row[j] != EMPTY) {
            first = j;
            break;
        }
    }
    if (first < 0)
        return;
    Py_ssize_t next = first + k; /* the next filled bin at or after j, unwrapped */
    uint16_t next_value = row[first];
    for (Py_ssize_t j = k - 1; j >= 0; j--) {
        if (row[j] != EMPTY) {
            next = j;
            next_value = row[j];
            continue;
        }
        uint16_t dist = (uint16_t)(next - j);
        row[j] = (uint16_t)((uint16_t)(next_value + (uint16_t)(dist * 0x9E37u)) & 0xFFFEu);
    }
}

/* Add the shingle ending at the word of hash ``h`` to the bins; ``w`` holds the last
 * three words' hashes, oldest first, ``words`` the words read before this one. */
static inline void add_word(uint64_t *w, int64_t words, uint64_t h, Bins *b)
{
    if (words < 3) {
        w[words] = h;
    } else {
        w[0] = w[1];
        w[1] = w[2];
        w[2] = h;
    }
    if (words >= 2) {
        uint64_t acc = term0(w[0]) * M1;
        acc ^= term1(w[1]);
        acc *= M1;
        acc += 1;
        acc ^= term2(w[2]);
        acc *= M1;
        acc += 2;
        bin_shingle(b, mix64(acc));
    }
}

/* Sign one text (words: runs of bytes over 32): returns its number of shingles. Words are
 * read eight bytes at a time where eight bytes remain; the last few bytes of the text one
 * at a time (a bytes object holds one byte past its end, not eight). */
static int64_t sign_text(const unsigned char *s, Py_ssize_t len, Bins *b)
{
    uint64_t w[3] = {0, 0, 0};
    int64_t words = 0;
    Py_ssize_t i = 0;
    for (;;) {
        while (i < len && s[i] <= 32)
            i++;
        if (i >= len)
            break;
        Py_ssize_t start = i;
        uint64_t head;
        uint64_t spaces = 0;
        if (i + 8 <= len) {
            head = load8_le(s + i);
            spaces = low_space(head);
        }
        if (spaces) { /* a word of fewer than eight bytes, and the byte after it */
            Py_ssize_t wl = flagged_byte(spaces);
            head &= (1ULL << (8 * wl)) - 1;
            i += wl;
            add_word(w, words++, word_hash(head, 0, wl), b);
            continue;
        }
        if (i + 8 <= len) {
            i += 8;
            for (;;) {
                if (i + 8 > len) {
                    while (i < len && s[i] > 32)
                        i++;
                    break;
                }
                uint64_t more = low_space(load8_le(s + i));
                if (more) {
                    i += flagged_byte(more);
                    break;
                }
                i += 8;
            }
        } else {
            while (i < len && s[i] > 32)
                i++;
        }
        Py_ssize_t wl = i - start;
        if (wl >= 8) {
            add_word(w, words++, word_hash(load8_le(s + start), load8_le(s + i - 8), wl), b);
        } else {
            add_word(w, words++, word_hash(load_le(s + start, wl), 0, wl), b);
        }
    }
    if (words == 0)
        return 0;
    if (words < 3) { /* one shingle of all its words */
        uint64_t acc = term0(w[0]) * M1;
        if (words == 2) {
            acc ^= term1(w[1]);
            acc *= M1;
            acc += 1;
        }
        bin_shingle(b, mix64(acc));
        return 1;
    }
    return words - 2;
}

PyDoc_STRVAR(signatures_doc,
"signatures(texts, k) -> (counts, sig)\n\n"
"The shingle count (int64) and OPH signature (k uint16 values) of each folded text of the\n"
"list ``texts`` (bytes), native-endian in two bytearrays.");

static PyObject *signatures(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *texts;
    Py_ssize_t k;
    if (!PyArg_ParseTuple(args, "O!n", &PyList_Type, &texts, &k))
        return NULL;
    if (k < 1 || k > 65535) {
        PyErr_SetString(PyExc_ValueError, "k must be between 1 and 65535");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(texts);
    for (Py_ssize_t d = 0; d < n; d++) {
        if (!PyBytes_Check(PyList_GET_ITEM(texts, d))) {
            PyErr_SetString(PyExc_TypeError, "texts must be a list of bytes");
            return NULL;
        }
    }
    PyObject *counts = PyByteArray_FromStringAndSize(NULL, n * (Py_ssize_t)sizeof(int64_t));
    PyObject *sig = PyByteArray_FromStringAndSize(NULL, n * k * (Py_ssize_t)sizeof(uint16_t));
    if (counts == NULL || sig == NULL) {
        Py_XDECREF(counts);
        Py_XDECREF(sig);
        return NULL;
    }
    int64_t *count = (int64_t *)PyByteArray_AS_STRING(counts);
    uint16_t *rows = (uint16_t *)PyByteArray_AS_STRING(sig);
    Bins b = {rows, (uint64_t)k, (k & (k - 1)) == 0};
    for (Py_ssize_t d = 0; d < n; d++) {
        PyObject *text = PyList_GET_ITEM(texts, d);
        b.row = rows + d * k;
        for (Py_ssize_t j = 0; j < k; j++)
            b.row[j] = EMPTY;
        count[d] = sign_text((const unsigned char *)PyBytes_AS_STRING(text),
                             PyBytes_GET_SIZE(text), &b);
        densify(b.row, k);
    }
    return Py_BuildValue("(NN)", counts, sig);
}

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

static PyMethodDef methods[] = {
    {"signatures", signatures, METH_VARARGS, signatures_doc},
    {"literal_starts", literal_starts, METH_VARARGS, literal_starts_doc},
    {"dirty_lines", dirty_lines, METH_VARARGS, dirty_lines_doc},
    {"without_spaces", without_spaces, METH_VARARGS, without_spaces_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_kernels", "Byte kernels of the hot path (see kernels.c).", -1,
    methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__kernels(void)
{
    for (uint64_t n = 0; n < 8; n++)
        short_tails[n] = mix64(n);
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
#ifdef KERNELS_SOURCE_SHA
    if (PyModule_AddStringConstant(m, "SOURCE_SHA", KERNELS_SOURCE_SHA) < 0) {
        Py_DECREF(m);
        return NULL;
    }
#endif
    return m;
}
