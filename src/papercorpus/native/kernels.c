/* ``papercorpus.native._kernels``: byte kernels of the hot path, each the function of the
 * package's numpy or Python code bit for bit (that code is the specification, runs wherever
 * this module is not built, and is held equal to it by tests/test_native_kernels.py):
 * ``signatures`` (``signing.c``); ``literal_starts``, ``dirty_lines`` and ``without_spaces``
 * (``scans.c``); ``ascii_words``, ``long_words``, ``rare_in``, ``folded_unsure`` and ``holds_word``
 * (``words.c``).
 *
 * The build (setup.py) defines ``KERNELS_SOURCE_SHA``: the sha256 of the sources it compiled
 * (``native.sources_digest``), which ``papercorpus.native`` compares with the files beside
 * the module before it uses it.
 */

#include "kernels.h"

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_kernels", "Byte kernels of the hot path (see kernels.c).", -1,
    NULL, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__kernels(void)
{
    signing_init();
    words_init();
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddFunctions(m, SIGNING_METHODS) < 0 || PyModule_AddFunctions(m, SCAN_METHODS) < 0
        || PyModule_AddFunctions(m, WORD_METHODS) < 0) {
        Py_DECREF(m);
        return NULL;
    }
#ifdef KERNELS_SOURCE_SHA
    if (PyModule_AddStringConstant(m, "SOURCE_SHA", KERNELS_SOURCE_SHA) < 0) {
        Py_DECREF(m);
        return NULL;
    }
#endif
    return m;
}
