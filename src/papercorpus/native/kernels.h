/* The C kernels' module (``papercorpus.native._kernels``), in four files: ``kernels.c``
 * (the module), ``signing.c`` (the signing of folded texts), ``scans.c`` (three byte
 * scans) and ``words.c`` (the page parser's word cuts). Each kernel is the function of the
 * package's numpy or Python code bit for bit (that code is the specification and runs
 * wherever this module is not built); see ``papercorpus/native/__init__.py``. */

#ifndef PAPERCORPUS_KERNELS_H
#define PAPERCORPUS_KERNELS_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

extern PyMethodDef SIGNING_METHODS[];
extern PyMethodDef SCAN_METHODS[];
extern PyMethodDef WORD_METHODS[];

/* Fill ``signing.c``'s and ``words.c``'s tables; called once, before the module is made. */
void signing_init(void);
void words_init(void);

#endif
