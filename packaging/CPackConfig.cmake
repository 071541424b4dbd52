# Desktop integration files and the Debian package. Included from the top-level CMakeLists.txt
# after all targets exist. The executables (lethe, lethe-cli) install themselves to bin; only
# the data files are installed here.
#
#   cmake --build build && (cd build && cpack)      ->  build/lethe_<version>_<arch>.deb
#
# Packaging needs dpkg-dev (dpkg-shlibdeps) and file. The .deb needs no maintainer scripts: the
# desktop, MIME and icon caches are refreshed by the dpkg file triggers of desktop-file-utils,
# shared-mime-info and the icon theme packages.

include(GNUInstallDirs)

set(LETHE_APP_ID org.lethe.Lethe)
set(_lethe_linux_dir "${CMAKE_CURRENT_LIST_DIR}/linux")

if(UNIX AND NOT APPLE)
  install(FILES "${_lethe_linux_dir}/${LETHE_APP_ID}.desktop"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
  install(FILES "${_lethe_linux_dir}/${LETHE_APP_ID}.metainfo.xml"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
  # shared-mime-info packages are named <id>.xml in share/mime/packages.
  install(FILES "${_lethe_linux_dir}/${LETHE_APP_ID}.mime.xml"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
          RENAME "${LETHE_APP_ID}.xml")
  install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/${LETHE_APP_ID}.svg"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
endif()

# --- CPack: Debian package ---------------------------------------------------------------------
# Values reach cpack exactly as written here (no second round of backslash/quote unescaping).
set(CPACK_VERBATIM_VARIABLES TRUE)
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "lethe")
set(CPACK_PACKAGE_VENDOR "Lethe developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Lethe developers <dev@lethe.example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://lethe.example.org")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Privacy request console for GDPR and CCPA data-subject requests")
# Long description, wrapped for dpkg (lines under 80 columns).
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Lethe is a desktop console for data protection officers who answer\n"
    "data-subject requests under the GDPR, the UK GDPR and the CCPA. It keeps\n"
    "every request in one queue with its legal deadline in view, previews the\n"
    "personal data held across product databases and processors, writes signed\n"
    "export bundles, carries out erasure with confirmation and retention rules,\n"
    "and records every step in a tamper-evident audit log.\n"
    "\n"
    "The package contains the desktop application (lethe) and the command-line\n"
    "tool (lethe-cli).")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME "lethe")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Lethe developers <dev@lethe.example.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://lethe.example.org")
# Long description only: CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the first line itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# Library dependencies (Qt 6, qtkeychain, spdlog, ...) are computed by dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/build-[^/]*/" "/\\.cache/" "\\.qm$")

include(CPack)
