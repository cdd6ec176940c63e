// Anchor for the ccas_translations library: the .qm files are linked in as resources.
namespace ccas {
int translationsAnchor()
{
    return 0;
}
} // namespace ccas
