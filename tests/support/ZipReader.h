#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ccas::test {

// One entry of a zip file, as read back by readZip.
struct ZipEntry
{
    QString path;     // as stored (UTF-8), e.g. "content/dossier-1/decision.pdf" or "content/" for a folder
    qint64 size = 0;  // the size recorded in the archive (-1 when the archive does not say)
    QByteArray bytes; // the decompressed content (empty for a folder)
    QDateTime mtime;  // UTC, to the second; invalid when the archive records none
    bool isDir = false;
};

// Reads every entry of the zip file at `path` with libarchive (the seekable zip reader: the central directory
// must be there, so a file cut anywhere is an error, never a shorter list). The error names the file and what
// libarchive said: missing file, not a zip, truncated data, a size that does not match the bytes read.
Result<QList<ZipEntry>, QString> readZip(const QString& path);

// The entry at `path`, or nullptr.
const ZipEntry* findZipEntry(const QList<ZipEntry>& entries, const QString& path);

} // namespace ccas::test
