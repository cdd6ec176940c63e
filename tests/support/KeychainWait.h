#pragma once

#include "secrets/SecretStore.h"

#include <QString>

namespace ccas::test {

// The keychain jobs of SecretStore, waited for with the event loop (15 s at most). A job that never
// calls back gives a SecretError (Other, "test: no callback").
Result<QString, SecretError> readAndWait(SecretStore& store, const QString& key);
// Writes `value` under `key`, or removes `key` when `remove` is set.
Result<void, SecretError> writeAndWait(SecretStore& store, const QString& key, const QString& value, bool remove);
// Removes `key` whatever the outcome; fails the test only when the job never calls back.
void removeAndWait(SecretStore& store, const QString& key);

} // namespace ccas::test
