# SPDX-License-Identifier: MPL-2.0
# The Windows x86_64 part of star.oxt: a second build of this source tree,
# cross-compiled with mingw-w64 (cmake/mingw-w64-x86_64.cmake) in
# <build>/windows and driven from this one, so one `cmake --build` makes both
# libraries and one star.oxt. tests/windows checks the result.
#   STAR_WINDOWS_BIN   where the Windows build puts star.dll, starmenu.dll and its test programs
find_program(STAR_MINGW_GCC NAMES x86_64-w64-mingw32-gcc-win32 x86_64-w64-mingw32-gcc)
if(STAR_MINGW_GCC)
  set(star_windows_default ON)
else()
  set(star_windows_default OFF)
endif()
option(STAR_WINDOWS "Cross-compile the Windows x86_64 part of star.oxt (needs mingw-w64)"
       ${star_windows_default})
if(NOT STAR_WINDOWS)
  message(STATUS "Windows part: off (star.oxt serves Linux only)")
  return()
endif()
if(NOT STAR_MINGW_GCC)
  message(FATAL_ERROR "STAR_WINDOWS needs mingw-w64: apt-get install gcc-mingw-w64-x86-64 "
                      "mingw-w64-tools, or configure with -DSTAR_WINDOWS=OFF")
endif()

include(ExternalProject)
set(STAR_WINDOWS_BIN ${CMAKE_BINARY_DIR}/windows/bin)
ExternalProject_Add(star_windows
  SOURCE_DIR ${PROJECT_SOURCE_DIR}
  BINARY_DIR ${CMAKE_BINARY_DIR}/windows
  CMAKE_ARGS -DCMAKE_TOOLCHAIN_FILE=${PROJECT_SOURCE_DIR}/cmake/mingw-w64-x86_64.cmake
             -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}
             -DSTAR_WERROR=${STAR_WERROR}
             -DSTAR_COMPONENT=${STAR_COMPONENT}
             -DLO_SDK_DIR=${LO_SDK_DIR}
             -DSTAR_ARGUMENTS_DIR=${STAR_ARGUMENTS_DIR}
  # Its own build decides what is out of date.
  BUILD_ALWAYS ON
  INSTALL_COMMAND ""
  BUILD_BYPRODUCTS ${STAR_WINDOWS_BIN}/star.dll ${STAR_WINDOWS_BIN}/starmenu.dll)
