# SPDX-License-Identifier: MPL-2.0
# The release target: copies star.oxt to DIST/star-VERSION.oxt and writes its
# SHA-256 beside it (DIST/star-VERSION.oxt.sha256, as sha256sum -c reads it).
# Refuses a version that CHANGELOG.md does not describe.
#   cmake -DOXT=... -DDIST=... -DVERSION=... -DCHANGELOG=... -P release.cmake
cmake_minimum_required(VERSION 3.20)
file(STRINGS ${CHANGELOG} sections REGEX "^## ")
if(NOT "## ${VERSION}" IN_LIST sections)
  message(FATAL_ERROR "CHANGELOG.md has no section \"## ${VERSION}\": say what this release changes first")
endif()
set(name star-${VERSION}.oxt)
file(MAKE_DIRECTORY ${DIST})
file(COPY_FILE ${OXT} ${DIST}/${name})
file(SHA256 ${DIST}/${name} hash)
file(WRITE ${DIST}/${name}.sha256 "${hash}  ${name}\n")
file(SIZE ${DIST}/${name} size)
math(EXPR kib "${size} / 1024")
message(STATUS "${DIST}/${name} (${kib} KiB)")
message(STATUS "SHA-256 ${hash}")
