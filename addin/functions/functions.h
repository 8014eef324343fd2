/* SPDX-License-Identifier: MPL-2.0 */
/* The single description of every STAR cell function. The build generates
   from it the UNO interface (IDL), CalcAddIns.xcu (Function Wizard help) and
   the function reference; the glue reads argument shapes and rules from it.
   Order matters: a function's position is its method's position in the
   interface, so new functions go at the end. */
#ifndef STAR_FUNCTIONS_H
#define STAR_FUNCTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include "rule.h"

#ifdef __cplusplus
extern "C" {
#endif

#define STAR_SERVICE "STAR"                  /* files store STAR.METHOD */
#define STAR_IMPLEMENTATION "star.StarAddIn"
#define STAR_INTERFACE_MODULE "star"
#define STAR_INTERFACE_NAME "XStar"
#define STAR_INTERFACE STAR_INTERFACE_MODULE "." STAR_INTERFACE_NAME
#define STAR_MAX_ARGS 11  /* STAR.SMAA has the most */

/* Most interventions STAR.TRIANGLES draws: its answer has an empty row
   after each triangle, and LibreOffice's time to place those grows with the
   square of their number (addin/uno/values.h): 20,000 triangles (100,000
   rows) stay within STAR_MAX_EMPTY_COST, about a third of a second in Calc. */
#define STAR_TRIANGLES_MAX 20000

/* How an argument is laid out in the sheet. */
typedef enum star_shape {
    STAR_SHAPE_ROWS,    /* one value per intervention: a column or row of n
                           cells, or one number that applies to every row */
    STAR_SHAPE_MATRIX,  /* n x k: interventions in rows, criteria in columns */
    STAR_SHAPE_LIST,    /* k values in a row or column, one per criterion */
    STAR_SHAPE_NUMBER,  /* a single number */
    STAR_SHAPE_FLAG,    /* TRUE or FALSE (any number; 0 is FALSE) */
    STAR_SHAPE_POINTS,  /* a second set of rows, e.g. the points of a value
                           function: a column or row; rows blank in every
                           such argument are left out */
} star_shape;

/* What a function gives back. */
typedef enum star_result_kind {
    STAR_RESULT_ROWS,   /* one value per intervention, oriented like the input */
    STAR_RESULT_ARRAY,  /* a table of its own shape */
    STAR_RESULT_NUMBER, /* one value */
    STAR_RESULT_TEXT,   /* words */
} star_result_kind;

typedef struct star_arg {
    const char *name;   /* shown in the Function Wizard, as the spec names it:
                           benefit_low; the interface uses it in camel case */
    const char *label;  /* how messages name it: "cost per patient" */
    const char *help;   /* Function Wizard help for the argument */
    star_shape shape;
    star_rule rule;     /* what each value must be */
    bool optional;
    double fallback;    /* the value used when an optional argument is omitted */
} star_arg;

typedef enum star_function_id {
    STAR_FN_BENEFIT,
    STAR_FN_VFM,
    STAR_FN_RANK,
    STAR_FN_SCORE,
    STAR_FN_WEIGHTS,
    STAR_FN_CHECK,
    STAR_FN_VERSION,
    STAR_FN_CURVE,
    STAR_FN_TRIANGLES,
    STAR_FN_ALLOCATE,
    STAR_FN_REALLOCATE,
    STAR_FN_GAIN,
    STAR_FN_ROC,
    STAR_FN_AHP,
    STAR_FN_AHPCR,
    STAR_FN_VALUE,
    STAR_FN_GROUPWEIGHTS,
    STAR_FN_AGREE,
    STAR_FN_STABILITY,
    STAR_FN_PSA,
    STAR_FN_EQUITY,
    STAR_FN_ATKINSON,
    STAR_FN_ICER,
    STAR_FN_NMB,
    STAR_FN_FUNDSTABILITY,
    STAR_FN_SMAA,
    STAR_FN_COUNT
} star_function_id;

typedef struct star_function {
    const char *method;    /* lower case; stored in files as STAR.METHOD */
    const char *summary;   /* Function Wizard description */
    const char *category;  /* a Calc function category */
    star_result_kind result;
    size_t arg_count;
    star_arg args[STAR_MAX_ARGS];
    const char *example;   /* a formula as typed in a cell, for the help */
    const char *gives;     /* what the example gives */
    const char *errors;    /* when it gives an error beyond the arguments'
                              rules, in words for the help; NULL if never */
    const char *related;   /* methods of related functions, space-separated */
} star_function;

extern const star_function star_functions[STAR_FN_COUNT];

/* A limit the help states: the table's texts write {{name}} (formulas in
   the examples use single braces) and the help shows the constant's value
   ("{{whole_rows}}" gives 50,000), so the words follow the code. */
typedef struct star_limit {
    const char *name;
    double value;
} star_limit;

extern const star_limit star_limits[];
extern const size_t star_limit_count;

/* text with each {{name}} of star_limits written out with thousands
   separators, into out (at most size bytes with the zero). Gives false
   when a {{name}} is no limit's or out is too small. */
bool star_text(const char *text, char *out, size_t size);

/* "STAR.VFM" for "vfm": the cell name, also the XLSX compatibility name.
   Writes at most size bytes including the terminating zero. */
void star_cell_name(const star_function *fn, char *buf, size_t size);

/* "benefitLow" for "benefit_low": the parameter's name in the interface and
   in CalcAddIns.xcu, which Calc matches (UNO IDL takes no underscores in
   parameter names). Writes at most size bytes including the zero. */
void star_interface_name(const star_arg *arg, char *buf, size_t size);

/* The functions fn->related names, in order, into related (NULL for a name
   that is no function); at most max. Gives the number of names. */
#define STAR_RELATED_MAX 8 /* names a function may list */
size_t star_related(const star_function *fn, const star_function **related, size_t max);

#ifdef __cplusplus
}
#endif
#endif
