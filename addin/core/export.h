/* SPDX-License-Identifier: MPL-2.0 */
/* Symbol visibility of the STAR core library. */
#ifndef STAR_EXPORT_H
#define STAR_EXPORT_H

/* The core is linked statically into the component, which exports only the
   two UNO entry points; STAR_API marks what a shared build would export. */
#if defined(_WIN32) && defined(STAR_BUILD_SHARED)
#define STAR_API __declspec(dllexport)
#elif defined(__GNUC__) && defined(STAR_BUILD_SHARED)
#define STAR_API __attribute__((visibility("default")))
#else
#define STAR_API
#endif

#endif
