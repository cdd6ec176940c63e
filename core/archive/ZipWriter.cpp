#include "archive/ZipWriter.h"

#include <QCoreApplication>
#include <QIODevice>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace ccas {

namespace {

class ZipText
{
    Q_DECLARE_TR_FUNCTIONS(ccas::ZipWriter)
};

struct EntryDeleter
{
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};

} // namespace

ZipWriter::ZipWriter(QIODevice* out)
    : m_out(out)
{}

ZipWriter::~ZipWriter()
{
    if (m_archive) {
        // Not finished (an error, a cancel): libarchive still closes on free; nothing more reaches the
        // device, which the caller cancels.
        m_discard = true;
        archive_write_free(m_archive);
    }
}

// The device's errors are kept here and reported by add()/finish(); libarchive is always told the bytes
// were taken. A failed callback would put the archive in its FATAL state, where archive_write_free()
// skips the close and leaks the output filter's state (libarchive 3.6); after the first failure every
// later byte is dropped, so nothing past the error can land in the file.
long long ZipWriter::write(archive* /*a*/, void* self, const void* buffer, size_t length)
{
    auto* w = static_cast<ZipWriter*>(self);
    if (w->m_discard || !w->m_deviceError.isEmpty())
        return static_cast<long long>(length);
    const qint64 n = w->m_out->write(static_cast<const char*>(buffer), static_cast<qint64>(length));
    if (n != static_cast<qint64>(length)) {
        w->m_deviceError = w->m_out->errorString();
        if (w->m_deviceError.isEmpty())
            w->m_deviceError = ZipText::tr("write error (is the disk full?)");
        return static_cast<long long>(length);
    }
    w->m_written += n;
    return n;
}

QString ZipWriter::lastError() const
{
    if (!m_deviceError.isEmpty())
        return m_deviceError;
    const char* message = m_archive ? archive_error_string(m_archive) : nullptr;
    return message ? QString::fromLocal8Bit(message) : ZipText::tr("unknown zip error");
}

Result<void, QString> ZipWriter::open()
{
    if (m_open)
        return {};
    if (m_out == nullptr || !m_out->isWritable())
        return ZipText::tr("the zip file is not open for writing");
    m_archive = archive_write_new();
    if (m_archive == nullptr)
        return ZipText::tr("out of memory");
    if (archive_write_set_format_zip(m_archive) != ARCHIVE_OK)
        return lastError();
    // Zip has no block padding: write through as libarchive produces the bytes.
    archive_write_set_bytes_per_block(m_archive, 0);
    const auto writeCallback = [](archive* a, void* self, const void* buffer, size_t length) -> la_ssize_t {
        return static_cast<la_ssize_t>(ZipWriter::write(a, self, buffer, length));
    };
    if (archive_write_open2(m_archive, this, nullptr, writeCallback, nullptr, nullptr) != ARCHIVE_OK)
        return lastError();
    m_open = true;
    return {};
}

Result<void, QString> ZipWriter::add(const QString& path, const QByteArray& data, const QDateTime& modified,
                                     Compression compression)
{
    if (!m_open || m_finished)
        return ZipText::tr("the zip file is not open");
    if (!m_failure.isEmpty())
        return m_failure;
    const auto failed = [this]() {
        m_failure = lastError();
        return m_failure;
    };
    // Per entry (allowed between entries, unlike the "compression" format option).
    const int set = compression == Compression::Store ? archive_write_zip_set_compression_store(m_archive)
                                                      : archive_write_zip_set_compression_deflate(m_archive);
    if (set != ARCHIVE_OK)
        return failed();

    std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
    if (!entry)
        return m_failure = ZipText::tr("out of memory");
    const QByteArray name = path.toUtf8();
    archive_entry_set_pathname_utf8(entry.get(), name.constData());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), data.size());
    const QDateTime when = modified.isValid() ? modified : QDateTime::currentDateTimeUtc();
    archive_entry_set_mtime(entry.get(), when.toSecsSinceEpoch(), 0);
    if (archive_write_header(m_archive, entry.get()) != ARCHIVE_OK || !m_deviceError.isEmpty())
        return failed();
    qsizetype offset = 0;
    while (offset < data.size()) {
        const la_ssize_t n =
            archive_write_data(m_archive, data.constData() + offset, static_cast<size_t>(data.size() - offset));
        if (n <= 0 || !m_deviceError.isEmpty())
            return failed();
        offset += n;
    }
    if (archive_write_finish_entry(m_archive) != ARCHIVE_OK || !m_deviceError.isEmpty())
        return failed();
    return {};
}

Result<void, QString> ZipWriter::finish()
{
    if (!m_open)
        return ZipText::tr("the zip file is not open");
    if (m_finished)
        return m_failure.isEmpty() ? Result<void, QString>() : Result<void, QString>(m_failure);
    m_finished = true;
    if (!m_failure.isEmpty()) {
        // Never a central directory after a failed entry: the zip would look whole without it.
        m_discard = true;
        archive_write_free(m_archive);
        m_archive = nullptr;
        return m_failure;
    }
    const int closed = archive_write_close(m_archive);
    if (closed != ARCHIVE_OK || !m_deviceError.isEmpty())
        m_failure = lastError();
    archive_write_free(m_archive);
    m_archive = nullptr;
    if (!m_failure.isEmpty())
        return m_failure;
    return {};
}

} // namespace ccas
