#pragma once

#include <QString>

namespace lethe::privatefiles {

// Files holding personal data or secrets are readable by their owner only. Lethe makes everything it creates
// owner-only (folders 0700, files 0600) by setting the process's file-creation mask first thing in main(),
// whatever umask it was started with; workspaces and logs made by an earlier version are tightened when
// they are opened.
void restrictNewFiles();
// Removes group and other permissions from `folder` and everything under it (links are not followed).
// Returns how many files and folders were changed, or -1 when `folder` does not exist.
int tighten(const QString& folder);

} // namespace lethe::privatefiles
