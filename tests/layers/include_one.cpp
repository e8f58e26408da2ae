// Compiled against one engine layer by tst_layers: includes exactly the header it is given.
#include KUNREN_LAYER_HEADER
