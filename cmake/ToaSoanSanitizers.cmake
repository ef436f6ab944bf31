# Sanitized builds (issue 15). Included before any target is defined, so every target of the project
# (libraries, the app, the tests) gets the flags; Qt itself is not instrumented.
#   -DTOASOAN_SANITIZE=address,undefined   any -fsanitize= list, GCC or Clang (scripts/run-tests-sanitized.sh)
#   -DTOASOAN_FUZZ=ON                      Clang only: coverage for libFuzzer and the fuzz_<name>
#                                          executables in tests/fuzz (scripts/fuzz.sh); ASan and UBSan
#                                          unless TOASOAN_SANITIZE says otherwise
# A Debug build (-DCMAKE_BUILD_TYPE=Debug) keeps Q_ASSERT/Q_CHECK_PTR, in our code and in Qt's inline
# code (Qt defines QT_NO_DEBUG for every other build type); both scripts use it.
option(TOASOAN_FUZZ "Build the libFuzzer harnesses tests/fuzz/fuzz_* (Clang only)" OFF)
set(TOASOAN_SANITIZE "" CACHE STRING "Sanitizers for every target (-fsanitize=...), e.g. address,undefined")

if(TOASOAN_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "TOASOAN_FUZZ needs Clang's libFuzzer: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    if(NOT TOASOAN_SANITIZE)
        set(TOASOAN_SANITIZE address,undefined)
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(TOASOAN_SANITIZE)
    # -O1: ASan's own advice (usable speed, exact reports); -g1: line numbers in the reports without
    # the full debug information's link time. UBSan stops at the first error, so a test fails on it.
    add_compile_options(-fsanitize=${TOASOAN_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all -O1 -g1)
    add_link_options(-fsanitize=${TOASOAN_SANITIZE})
    message(STATUS "ToaSoan: sanitizers ${TOASOAN_SANITIZE}")
endif()
