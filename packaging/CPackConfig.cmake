# Desktop integration files and the Debian package. Included from the top-level CMakeLists.txt
# after all targets exist. The executables (lethe, lethe-cli) install themselves to bin; only
# the data files are installed here.
#
#   cmake --build build && (cd build && cpack)      ->  build/lethe_<version>_<arch>.deb
#
# Packaging needs dpkg-dev (dpkg-shlibdeps), file and help2man (the manual pages). The .deb needs
# no maintainer scripts: the desktop, MIME and icon caches are refreshed by the dpkg file triggers
# of desktop-file-utils, shared-mime-info and the icon theme packages. scripts/package-check
# installs the package into a fresh Debian 12 root and runs it there; packaging/debian/ holds
# the copyright file, the changelog and the lintian overrides.

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

  # Debian package documentation: share/doc/<package>/{copyright,changelog.gz} (a native package:
  # the version has no Debian revision), the lintian overrides, and the manual pages.
  set(_lethe_debian_dir "${CMAKE_CURRENT_LIST_DIR}/debian")
  set(_lethe_pkg_out "${CMAKE_CURRENT_BINARY_DIR}/packaging")
  add_custom_command(
    OUTPUT "${_lethe_pkg_out}/changelog.gz"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${_lethe_pkg_out}"
    COMMAND sh -c "gzip -9n < '${_lethe_debian_dir}/changelog' > '${_lethe_pkg_out}/changelog.gz'"
    DEPENDS "${_lethe_debian_dir}/changelog"
    VERBATIM)
  # The manual pages come from the programs' --help (packaging/manpages.sh), dated by the changelog.
  find_program(LETHE_HELP2MAN help2man)
  if(NOT LETHE_HELP2MAN)
    message(FATAL_ERROR "help2man is needed for the manual pages: apt-get install help2man (scripts/setup)")
  endif()
  add_custom_command(
    OUTPUT "${_lethe_pkg_out}/man/lethe.1.gz" "${_lethe_pkg_out}/man/lethe-cli.1.gz"
    COMMAND "${CMAKE_CURRENT_LIST_DIR}/manpages.sh" "$<TARGET_FILE:lethe>" "$<TARGET_FILE:lethe-cli>"
            "${PROJECT_VERSION}" "${_lethe_pkg_out}/man" "${_lethe_debian_dir}/changelog"
    DEPENDS lethe lethe-cli "${CMAKE_CURRENT_LIST_DIR}/manpages.sh" "${_lethe_debian_dir}/changelog"
    VERBATIM)
  add_custom_target(lethe_package_docs ALL
    DEPENDS "${_lethe_pkg_out}/changelog.gz" "${_lethe_pkg_out}/man/lethe.1.gz"
            "${_lethe_pkg_out}/man/lethe-cli.1.gz")
  install(FILES "${_lethe_debian_dir}/copyright" "${_lethe_pkg_out}/changelog.gz"
          DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/lethe")
  install(FILES "${_lethe_pkg_out}/man/lethe.1.gz" "${_lethe_pkg_out}/man/lethe-cli.1.gz"
          DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
  install(FILES "${_lethe_debian_dir}/lethe.lintian-overrides"
          DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides" RENAME lethe)
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
# Library dependencies (Qt 6, qtkeychain, spdlog, ...) are computed by dpkg-shlibdeps and appended
# to CPACK_DEBIAN_PACKAGE_DEPENDS. What is loaded at run time, and so invisible to dpkg-shlibdeps,
# is listed here:
#   - the Qt SQL drivers (plugins): SQLite for workspaces and demo products, PostgreSQL and MariaDB
#     for server workspaces and product databases;
#   - libqt6gui6, which ships the platform plugins (xcb for X11 and XWayland, offscreen);
#   - libqt6svg6, whose icon-engine and image-format plugins draw the SVG icons (the linker drops
#     the direct link to Qt6Svg, so dpkg-shlibdeps does not see it);
#   - libqt6charts6, which draws the Reports window's charts: linked, so dpkg-shlibdeps finds it too;
#     named here so the package says it even when built where shlibdeps cannot resolve it;
#   - libsecret-1-0, which qtkeychain opens with dlopen() to reach the Secret Service; its package
#     does not depend on it, and without it the keychain falls back to KWallet only.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, libqt6sql6-mysql, libqt6gui6, libqt6svg6, libqt6charts6, libsecret-1-0")
# A Secret Service (or KWallet) keeps the workspace's passwords and signing keys; any one will do.
# Qt's own translations (dialog buttons) for the German interface.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n")
# The tools with which people check export bundles without Lethe (docs/bundles.md).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "age, minisign, unzip")

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/build-[^/]*/" "/\\.cache/" "\\.qm$")

include(CPack)
