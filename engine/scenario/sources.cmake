target_sources(kunren_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Topology.h
    ${CMAKE_CURRENT_LIST_DIR}/Scenario.h
    ${CMAKE_CURRENT_LIST_DIR}/ModelNames.cpp)
