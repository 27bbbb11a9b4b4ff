/* ``signatures``: the signing of folded texts in one pass (words, word hashes, 3-word
 * shingles, one-permutation MinHash bins and their densification, a text at a time) for
 * ``sketch.signing.oph_of_texts``: the function of its numpy path (``shingles.batch_shingles``
 * then ``signatures.oph_signatures``), bit for bit. The numpy path makes ~15 passes over a
 * block's arrays (gathers, masks, a ``minimum.at``); here each word is read once and each
 * shingle goes straight to its bin: ~2x less CPU on an abstract.
 *
 * Arithmetic is on uint64_t, which wraps as numpy's uint64 does; words are read as
 * little-endian, as the numpy path's "<u8" view reads them.
 */

#include "kernels.h"

#include <stdint.h>
#include <string.h>

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
static uint64_t short_tails[8]; /* (filled by signing_init) */

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

/* The hash of the shingle of the words of hashes ``w[0..count)`` (``count`` <= 3): the
 * recurrence of ``shingles._full_shingles`` (three words) and ``_short_shingles`` (a text
 * of one or two). */
static inline uint64_t shingle(const uint64_t *w, int64_t count)
{
    uint64_t acc = term0(w[0]) * M1;
    if (count > 1)
        acc = (acc ^ term1(w[1])) * M1 + 1;
    if (count > 2)
        acc = (acc ^ term2(w[2])) * M1 + 2;
    return mix64(acc);
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
    if (words >= 2)
        bin_shingle(b, shingle(w, 3));
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
        bin_shingle(b, shingle(w, words));
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

void signing_init(void)
{
    for (uint64_t n = 0; n < 8; n++)
        short_tails[n] = mix64(n);
}

PyMethodDef SIGNING_METHODS[] = {
    {"signatures", signatures, METH_VARARGS, signatures_doc},
    {NULL, NULL, 0, NULL},
};
