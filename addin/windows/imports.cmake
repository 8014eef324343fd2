# SPDX-License-Identifier: MPL-2.0
# Import libraries for sal3.dll and cppu3.dll, the Windows names of
# LibreOffice's sal and cppu, made from the symbols the given objects and
# archives import: rtl_* and osl_* come from sal3.dll, uno_* and typelib_* from
# cppu3.dll (sal/util/sal.map and cppu/util/cppu.map in LibreOffice's source
# export them all, on every platform).
#   cmake -DNM=<nm> -DDLLTOOL=<dlltool> -DOUT=<dir> -P imports.cmake FILE...
# writes OUT/sal3.def, OUT/cppu3.def, OUT/libsal3.a and OUT/libcppu3.a.
cmake_minimum_required(VERSION 3.20)

set(inputs)
set(first -1)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  if(CMAKE_ARGV${i} STREQUAL "-P")
    math(EXPR first "${i} + 2") # after the script's own name
  elseif(NOT first EQUAL -1 AND i GREATER_EQUAL first)
    list(APPEND inputs "${CMAKE_ARGV${i}}")
  endif()
endforeach()
if(NOT inputs)
  message(FATAL_ERROR "imports: no objects given")
endif()

function(symbols kind out)
  execute_process(COMMAND ${NM} ${kind} --format=just-symbols ${inputs}
                  OUTPUT_VARIABLE text RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "imports: ${NM} failed on ${inputs}")
  endif()
  string(REGEX REPLACE "[^\n]*:\n" "" text "${text}") # archive member headers
  string(REGEX REPLACE "\n+" ";" text "${text}")
  set(${out} ${text} PARENT_SCOPE)
endfunction()

symbols(--undefined-only wanted)
symbols(--defined-only defined)
set(sal)
set(cppu)
foreach(name IN LISTS wanted)
  string(REGEX REPLACE "^__imp_" "" name "${name}") # calls through a dllimport declaration
  if(name IN_LIST defined)
    continue()
  elseif(name MATCHES "^(rtl|osl)_")
    list(APPEND sal ${name})
  elseif(name MATCHES "^(uno|typelib)_")
    list(APPEND cppu ${name})
  endif()
endforeach()

foreach(dll sal3 cppu3)
  if(dll STREQUAL "sal3")
    set(names ${sal})
  else()
    set(names ${cppu})
  endif()
  list(REMOVE_DUPLICATES names)
  list(SORT names)
  if(NOT names)
    message(FATAL_ERROR "imports: the objects import nothing from ${dll}.dll; is the list of inputs right?")
  endif()
  list(JOIN names "\n    " exports)
  file(WRITE ${OUT}/${dll}.def "LIBRARY ${dll}.dll\nEXPORTS\n    ${exports}\n")
  execute_process(COMMAND ${DLLTOOL} --input-def ${OUT}/${dll}.def --output-lib ${OUT}/lib${dll}.a
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "imports: ${DLLTOOL} failed on ${dll}.def")
  endif()
endforeach()
