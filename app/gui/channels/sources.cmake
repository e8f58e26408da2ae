target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChannelsPage.h ${CMAKE_CURRENT_LIST_DIR}/ChannelsPage.cpp)
