# Warning flags for every project target; -Werror when TOASOAN_WERROR is on (CI). GCC and Clang.
function(toasoan_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
        # A local that hides another local or a parameter. -Wshadow=local is GCC's; Clang has no "locals
        # only" form, its -Wshadow (locals and parameters hiding locals, parameters and globals, not
        # members) is the nearest.
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
        $<$<CXX_COMPILER_ID:Clang,AppleClang>:-Wshadow>)
    if(TOASOAN_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
