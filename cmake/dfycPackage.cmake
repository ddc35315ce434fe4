# The dfyc CMake package: what `find_package(dfyc)` finds, installed under
# <prefix>/lib/cmake/dfyc and also written into the build tree, so that a project can use
# either `-Ddfyc_DIR=<prefix>/lib/cmake/dfyc` or `-Ddfyc_DIR=<dfyc build dir>`.
# Included from the top-level CMakeLists.txt after the runtime and driver targets exist; their
# install(TARGETS ... EXPORT dfycTargets) rules live beside them.
include(CMakePackageConfigHelpers)

set(DFYC_CMAKE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/dfyc)

# 0.x: a minor version may break the package's interface.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/dfycConfigVersion.cmake
                                 VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
# The config finds everything relative to itself, so one file serves both trees.
configure_file(${CMAKE_CURRENT_LIST_DIR}/dfycConfig.cmake.in ${PROJECT_BINARY_DIR}/dfycConfig.cmake
               @ONLY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/dfycFunctions.cmake
               ${PROJECT_BINARY_DIR}/dfycFunctions.cmake COPYONLY)

# Build tree: dfyc::dfyc and dfyc::runtime point into this build.
export(EXPORT dfycTargets NAMESPACE dfyc:: FILE ${PROJECT_BINARY_DIR}/dfycTargets.cmake)

# Install tree.
install(EXPORT dfycTargets NAMESPACE dfyc:: DESTINATION ${DFYC_CMAKE_INSTALL_DIR})
install(FILES ${PROJECT_BINARY_DIR}/dfycConfig.cmake ${PROJECT_BINARY_DIR}/dfycConfigVersion.cmake
              ${CMAKE_CURRENT_LIST_DIR}/dfycFunctions.cmake
        DESTINATION ${DFYC_CMAKE_INSTALL_DIR})
