# Where `cmake --install` puts ProcLab, the Debian way:
#   bin/proclab                          the command line (no Qt: list, run, show start fast)
#   bin/proclab-gui                      the window, exports and the rest; proclab execs it
#   lib/proclab/proclab-engine           the runner: an internal program, not for PATH
#   share/proclab/{snippets,lessons,pytrace,translations}   data, found relative to bin/proclab
#   share/applications/proclab.desktop, share/icons/hicolor/scalable/apps/proclab.svg
# engine/util/install_paths.cpp finds each of these relative to the running executable, so an
# installed (or staged) tree runs from any folder. `cpack -G DEB` packages the same tree.
include(GNUInstallDirs)

install(TARGETS proclab-engine RUNTIME DESTINATION lib/proclab)
if(TARGET proclab)
    install(TARGETS proclab proclab-gui RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(FILES ${PROJECT_SOURCE_DIR}/resources/proclab.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/proclab.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

# The Python each demo mirrors: compiled in for the code panel, installed for students to run.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/engine/demos/python/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/proclab/snippets FILES_MATCHING PATTERN "*.py")
foreach(data lessons pytrace)
    if(EXISTS ${PROJECT_SOURCE_DIR}/${data})
        install(DIRECTORY ${PROJECT_SOURCE_DIR}/${data}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/proclab/${data}
                PATTERN "__pycache__" EXCLUDE)
    endif()
endforeach()

# A Debian package whose dependencies dpkg-shlibdeps reads off the installed binaries.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME proclab)
set(CPACK_PACKAGE_VENDOR "ProcLab")
set(CPACK_PACKAGE_CONTACT "ProcLab developers <proclab@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "See Python multiprocessing happen with real processes")
set(CPACK_PACKAGE_INSTALL_DIRECTORY proclab)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# python3 runs students' scripts under the tracer; Noto CJK draws the Chinese interface.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "python3, fonts-noto-cjk")
include(CPack)
