# What a package installs beside the program's own install rules (ui/, app/slip/), and the Debian package
# itself: `cpack -G DEB` in a build directory packs exactly what `cmake --install` installs
# (scripts/build-deb.sh builds it the Debian way; tst_deb_package installs and tries it).
# The version has one source: project(VERSION) in the top CMakeLists.txt.
# A sanitized or fuzzing build is for tests, not for installing (and its toasoan, reporting leaks at exit,
# could not write the manual page): no package there.
if(TOASOAN_SANITIZE)
    return()
endif()
include(GNUInstallDirs)
find_package(Python3 REQUIRED COMPONENTS Interpreter)

# The manual page toasoan(1), in English and in Vietnamese (man-db shows the one of the reader's LANG),
# written at build time from the program's own --help and each command's help (scripts/gen-manpage.py):
# a new command or option is in the page at the next build. Compressed as Debian wants (gzip -n: no
# timestamp).
set(toasoan_manpages "")
foreach(language en vi)
    set(page ${CMAKE_CURRENT_BINARY_DIR}/man/${language}/toasoan.1)
    add_custom_command(OUTPUT ${page}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man/${language}
        COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/gen-manpage.py $<TARGET_FILE:toasoan> ${page}
            ${language}
        COMMAND gzip -9nf ${page}
        DEPENDS toasoan ${PROJECT_SOURCE_DIR}/scripts/gen-manpage.py
        COMMENT "Writing the ${language} manual page toasoan(1) from toasoan --help"
        VERBATIM)
    list(APPEND toasoan_manpages ${page}.gz)
endforeach()
add_custom_target(toasoan_manpages ALL DEPENDS ${toasoan_manpages})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/man/en/toasoan.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/man/vi/toasoan.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/vi/man1)

# AppStream: what software centres (GNOME Software, Discover) show. Checked by tst_appstream_metainfo.
install(FILES ${PROJECT_SOURCE_DIR}/resources/io.github.toasoan.ToaSoan.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The package's documentation: the copyright notice (ToaSoan's, and that of the DejaVu fonts embedded in
# toasoan-slip), the changelog Debian requires (its version is the project's), and the README.
set(toasoan_changelog_date "")
string(TIMESTAMP toasoan_changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(toasoan_maintainer "ToaSoan maintainers <maintainers@users.noreply.r-seed-d27997e6.example>" CACHE STRING
    "The package's Maintainer field and changelog signature (\"Name <address>\")")
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog @ONLY)
add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog.gz
    COMMAND gzip -9nkf ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog
    DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog VERBATIM)
add_custom_target(toasoan_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog.gz)
set(toasoan_docdir ${CMAKE_INSTALL_DATADIR}/doc/toasoan)
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog.gz
    ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${toasoan_docdir})

# The Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME toasoan)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${toasoan_maintainer}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # toasoan_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "newsroom drafting, review and publishing (Tòa soạn)")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "ToaSoan (Tòa soạn) is the desk of a Vietnamese newsroom: reporters draft
articles, editors review them, the leadership approves them, and approved
articles are published to the office's WordPress websites.
It checks Vietnamese spelling and tone marks, converts legacy TCVN3 and VNI
text, keeps every revision, prints approval slips, and works on one PC (an
SQLite file) or on the office's shared PostgreSQL database. The same program
has a command line (toasoan --help) for scripts and services.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# The libraries the binaries link (Qt, libsodium, Hunspell, QtKeychain, SQLite) become Depends with
# their versions, as dpkg-shlibdeps computes them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see, because it is loaded at run time or read as data:
# - libqt6sql6-sqlite: Qt's SQLite driver is a plugin (QSqlDatabase "QSQLITE"); a workspace on this PC is
#   an SQLite file, so without it nothing opens.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# - libqt6sql6-psql: the PostgreSQL driver plugin ("QPSQL"), for the office's shared database; a single
#   PC does without it.
# - hunspell-vi: the Vietnamese dictionary the spell checker reads from /usr/share/hunspell; without it,
#   spell checking is off and everything else works.
# - fonts-dejavu-core: a screen font with every Vietnamese letter (the approval slip embeds its own).
# (qt6-translations-l10n is not needed: it has no Vietnamese catalogue; ToaSoan carries Qt's Vietnamese
# strings itself, as it does its own translations: the .qm files are compiled into the binaries.)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, hunspell-vi, fonts-dejavu-core")
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
