# SPDX-License-Identifier: MPL-2.0
# Settings for every target of the Windows x86_64 build (mingw-w64), which the
# host build configures with cmake/mingw-w64-x86_64.cmake (see cmake/windows.cmake).

# mingw-w64's own C99 printf, linked statically, instead of msvcrt's: %zu works
# and messages write numbers as on Linux ("1e+20", not msvcrt's "1e+020").
add_compile_definitions(__USE_MINGW_ANSI_STDIO=1)
add_compile_options(-include ${CMAKE_CURRENT_LIST_DIR}/mingw_math.h)
# libgcc linked in: the DLL and the test programs need no DLL of the compiler's.
add_link_options(-static-libgcc)
# Programs, the component and the stub DLLs side by side: Windows (and wine)
# look for a program's DLLs in its own directory first.
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
set(CMAKE_LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
