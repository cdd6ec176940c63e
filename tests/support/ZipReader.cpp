#include "ZipReader.h"

#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace ccas::test {

namespace {

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

QString archiveError(archive* a)
{
    const char* text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : QStringLiteral("unknown libarchive error");
}

QString entryPath(archive_entry* entry)
{
    if (const char* utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    if (const char* raw = archive_entry_pathname(entry))
        return QString::fromLocal8Bit(raw);
    return QString();
}

} // namespace

Result<QList<ZipEntry>, QString> readZip(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        return QStringLiteral("%1: no such file").arg(name);

    ArchivePtr reader(archive_read_new(), &archive_read_free);
    if (!reader)
        return QStringLiteral("%1: cannot create a libarchive reader").arg(name);
    // Only the seekable zip reader: it starts from the central directory at the end of the file, so a file cut
    // short is refused instead of being read as a shorter archive by the streaming reader.
    archive_read_support_format_zip_seekable(reader.get());
    if (archive_read_open_filename(reader.get(), QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK)
        return QStringLiteral("%1: not a readable zip file (%2)").arg(name, archiveError(reader.get()));

    QList<ZipEntry> entries;
    archive_entry* header = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &header);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK)
            return QStringLiteral("%1: entry %2: %3").arg(name).arg(entries.size() + 1).arg(archiveError(reader.get()));

        ZipEntry entry;
        entry.path = entryPath(header);
        entry.isDir = archive_entry_filetype(header) == AE_IFDIR;
        entry.size = archive_entry_size_is_set(header) ? qint64(archive_entry_size(header)) : -1;
        if (archive_entry_mtime_is_set(header))
            entry.mtime = QDateTime::fromSecsSinceEpoch(qint64(archive_entry_mtime(header)), Qt::UTC);

        char buffer[64 * 1024];
        for (;;) {
            const la_ssize_t n = archive_read_data(reader.get(), buffer, sizeof buffer);
            if (n == 0)
                break;
            if (n < 0)
                return QStringLiteral("%1: %2: %3").arg(name, entry.path, archiveError(reader.get()));
            entry.bytes.append(buffer, int(n));
        }
        if (!entry.isDir && entry.size >= 0 && entry.size != entry.bytes.size())
            return QStringLiteral("%1: %2: %3 bytes read, %4 recorded")
                .arg(name, entry.path)
                .arg(entry.bytes.size())
                .arg(entry.size);
        entries.append(std::move(entry));
    }
    if (archive_read_close(reader.get()) != ARCHIVE_OK)
        return QStringLiteral("%1: %2").arg(name, archiveError(reader.get()));
    return entries;
}

const ZipEntry* findZipEntry(const QList<ZipEntry>& entries, const QString& path)
{
    for (const ZipEntry& entry : entries)
        if (entry.path == path)
            return &entry;
    return nullptr;
}

} // namespace ccas::test
