/* The C kernels' module (``papercorpus.native._kernels``), in three files: ``kernels.c``
 * (the module), ``signing.c`` (the signing of folded texts) and ``scans.c`` (three byte
 * scans). Each kernel is the function of the package's numpy or Python code bit for bit
 * (that code is the specification and runs wherever this module is not built); see
 * ``papercorpus/native/__init__.py``. */

#ifndef PAPERCORPUS_KERNELS_H
#define PAPERCORPUS_KERNELS_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

extern PyMethodDef SIGNING_METHODS[];
extern PyMethodDef SCAN_METHODS[];

/* Fills ``signing.c``'s tables; called once, before the module is made. */
void signing_init(void);

#endif
