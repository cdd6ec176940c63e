#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QIODevice;
struct archive;

namespace ccas {

// A zip file written with libarchive into a QIODevice (a QSaveFile for the archive packages, so that
// nothing appears at the final path before commit). Entries are written in the order given; paths are
// ASCII, '/'-separated, relative. Not copyable; one thread at a time.
class ZipWriter
{
public:
    enum class Compression
    {
        Store,   // already-compressed content (PDF)
        Deflate, // text (XML, JSON)
    };

    explicit ZipWriter(QIODevice* out);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    Result<void, QString> open();
    Result<void, QString> add(const QString& path, const QByteArray& data, const QDateTime& modified,
                              Compression compression);
    // Writes the central directory; refused after a failed add(). The device is left open (the caller
    // commits or cancels it).
    Result<void, QString> finish();

    // Bytes handed to the device so far.
    qint64 written() const { return m_written; }

private:
    static long long write(archive* a, void* self, const void* buffer, size_t length);
    QString lastError() const;

    QIODevice* m_out;
    archive* m_archive = nullptr;
    qint64 m_written = 0;
    bool m_open = false;
    bool m_finished = false;
    bool m_discard = false; // closing an abandoned zip: its last bytes are dropped
    QString m_deviceError;
    QString m_failure; // the first failed entry: every later call answers it
};

} // namespace ccas
