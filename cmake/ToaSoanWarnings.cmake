# Warning flags for every project target; -Werror when TOASOAN_WERROR is on (CI).
function(toasoan_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
    if(TOASOAN_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
