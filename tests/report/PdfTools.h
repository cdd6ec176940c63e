#pragma once

// What the report tests share: the poppler tools (pdftotext, pdfinfo, pdffonts, pdfimages) that
// check the PDFs, and a test logo.
#include <catch2/catch.hpp>

#include <QColor>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ccas::test {

struct ToolRun
{
    int exitCode = -1;
    QString out;
    QByteArray raw;
};

// Runs a poppler tool; a missing tool, a crash or a non-zero exit is a failure (poppler-utils is in
// scripts/setup-deps).
inline ToolRun runTool(const QString& name, const QStringList& arguments)
{
    const QString exe = QStandardPaths::findExecutable(name);
    if (exe.isEmpty())
        FAIL(QString(name + QStringLiteral(" not found: install poppler-utils (scripts/setup-deps)")).toStdString());
    QProcess process;
    process.start(exe, arguments);
    REQUIRE(process.waitForFinished(60000));
    ToolRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.raw = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.raw);
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// The tool's standard output.
inline QString tool(const QString& name, const QStringList& arguments)
{
    return runTool(name, arguments).out;
}

// The no-break spaces (of French amounts and punctuation) as plain spaces.
inline QString plainSpaces(QString s)
{
    return s.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
}

// pdftotext -layout, with plain spaces; pages end with a form feed.
inline QString pdfText(const QString& pdf)
{
    return plainSpaces(tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                          QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
}

// pdftotext without layout, with plain spaces and the lines joined: sentences are found whatever
// the line breaks.
inline QString pdfFlatText(const QString& pdf)
{
    return plainSpaces(tool(QStringLiteral("pdftotext"),
                            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}))
        .simplified();
}

// One field of pdfinfo ("Pages", "Title"...), empty when absent.
inline QString pdfInfoField(const QString& pdf, const QString& field)
{
    const QString out = tool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(field)),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(out);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

// The lines of pdfimages -list: two header lines, then one per image.
inline QStringList pdfImageLines(const QString& pdf)
{
    return tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

struct FontRow
{
    QString name;
    QString type;
    QString emb;
};

// pdffonts prints a header, a line of dashes giving the column widths, then one row per font.
inline QList<FontRow> pdfFonts(const QString& pdf)
{
    const QStringList lines = tool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    REQUIRE(lines.size() >= 2);
    const QString header = lines[0];
    const QString dashes = lines[1];
    REQUIRE(dashes.startsWith(QLatin1Char('-')));
    QList<QPair<int, int>> columns; // start, length
    for (int i = 0; i < dashes.size();) {
        if (dashes[i] != QLatin1Char('-')) {
            ++i;
            continue;
        }
        int j = i;
        while (j < dashes.size() && dashes[j] == QLatin1Char('-'))
            ++j;
        columns.append({i, j - i});
        i = j;
    }
    auto columnOf = [&](const QString& title) {
        for (int c = 0; c < columns.size(); ++c)
            if (header.mid(columns[c].first, columns[c].second).trimmed() == title)
                return c;
        return -1;
    };
    const int nameCol = columnOf(QStringLiteral("name"));
    const int typeCol = columnOf(QStringLiteral("type"));
    const int embCol = columnOf(QStringLiteral("emb"));
    REQUIRE(nameCol >= 0);
    REQUIRE(typeCol >= 0);
    REQUIRE(embCol >= 0);
    QList<FontRow> rows;
    for (int l = 2; l < lines.size(); ++l) {
        if (lines[l].trimmed().isEmpty())
            continue;
        const auto cell = [&](int c) {
            // The last column may run past its dashes; the others are padded to them.
            return lines[l].mid(columns[c].first, columns[c].second).trimmed();
        };
        rows.append({cell(nameCol), cell(typeCol), cell(embCol)});
    }
    return rows;
}

// A 240×120 PNG logo with transparency (a dark blue disc) in `dir`; returns its path.
inline QString makeLogo(const QTemporaryDir& dir)
{
    QImage logo(240, 120, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    QPainter p(&logo);
    p.setBrush(QColor(0x1f, 0x3a, 0x5f));
    p.drawEllipse(10, 10, 100, 100);
    p.end();
    const QString path = dir.filePath(QStringLiteral("logo.png"));
    REQUIRE(logo.save(path));
    return path;
}

} // namespace ccas::test
