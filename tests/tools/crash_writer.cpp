// Test tool (not shipped): saves dossiers in a loop into DBPATH with the master key given in hex by
// GUICHET_TEST_KEK, printing "ACK <id>" after each save the store acknowledged. The kill test
// SIGKILLs it at random instants and checks that every acknowledged dossier survived.
#include "crypto/SecureKey.h"
#include "store/Database.h"
#include "store/DossierRepository.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

using namespace ccas;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2 || !sodiumReady())
        return 2;
    QByteArray raw = QByteArray::fromHex(qgetenv("GUICHET_TEST_KEK"));
    auto kek = std::make_shared<const SecureKey>(SecureKey::fromByteArray(raw));
    wipe(raw);
    if (!kek->isValid())
        return 2;
    Database db;
    DossierRepository repo(&db, Clock::system());
    repo.setMasterKey(kek);
    auto opened = db.open(QString::fromLocal8Bit(argv[1]), true);
    opened.waitForFinished();
    if (!opened.result().ok())
        return 3;
    for (int i = 0;; ++i) {
        Identity id;
        id.nomNaissance = QStringLiteral("CRASH%1").arg(i);
        id.prenoms = {QStringLiteral("TEST")};
        id.sexe = QStringLiteral("F");
        id.anneeNaissance = 1980;
        id.codePaysNaissance = QStringLiteral("99100");
        id.codeCommuneNaissance = QStringLiteral("13001");
        auto created = repo.create(id, QStringLiteral("ALIM"), QStringLiteral("crash"));
        created.waitForFinished();
        const auto r = created.result();
        if (!r)
            return 4;
        std::printf("ACK %s\n", qPrintable(r.value()));
        std::fflush(stdout);
    }
}
