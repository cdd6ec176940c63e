#pragma once

#include <catch2/catch.hpp>

#include <QLatin1String>
#include <QWidget>

namespace ccas::test {

// The child widget of type T named `name` (objectName); the test fails if there is none.
template <typename T>
T* child(QWidget& w, const char* name)
{
    T* c = w.findChild<T*>(QLatin1String(name));
    REQUIRE(c != nullptr);
    return c;
}

} // namespace ccas::test
