target_sources(kunren_${KUNREN_LAYER} PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Topology.h
    ${CMAKE_CURRENT_LIST_DIR}/Scenario.h
    ${CMAKE_CURRENT_LIST_DIR}/ModelNames.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Diagnostic.h
    ${CMAKE_CURRENT_LIST_DIR}/Diagnostic.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ValidationIssue.h
    ${CMAKE_CURRENT_LIST_DIR}/ValidationIssue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonText.h
    ${CMAKE_CURRENT_LIST_DIR}/JsonText.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonPositions.h
    ${CMAKE_CURRENT_LIST_DIR}/JsonPositions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SchemaValidator.h
    ${CMAKE_CURRENT_LIST_DIR}/SchemaValidator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Schemas.h
    ${CMAKE_CURRENT_LIST_DIR}/Schemas.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FieldReader.h
    ${CMAKE_CURRENT_LIST_DIR}/FieldReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IsoTime.h
    ${CMAKE_CURRENT_LIST_DIR}/IsoTime.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TopologyReader.h
    ${CMAKE_CURRENT_LIST_DIR}/TopologyReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScenarioReader.h
    ${CMAKE_CURRENT_LIST_DIR}/ScenarioReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SemanticChecks.h
    ${CMAKE_CURRENT_LIST_DIR}/TopologyChecks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CallGraphChecks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScenarioChecks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FaultChecks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MonitorChecks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentKind.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentKind.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TextFile.h
    ${CMAKE_CURRENT_LIST_DIR}/TextFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScenarioLoader.h
    ${CMAKE_CURRENT_LIST_DIR}/ScenarioLoader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScenarioLibrary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BurnRate.h
    ${CMAKE_CURRENT_LIST_DIR}/BurnRate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CallGraph.h
    ${CMAKE_CURRENT_LIST_DIR}/CallGraph.cpp)

# The JSON Schemas in scenarios/schema are the single source of truth: they are compiled into the engine
# as raw string literals so validation works without the source tree.
set(_kunren_schema_dir ${PROJECT_SOURCE_DIR}/scenarios/schema)
file(READ ${_kunren_schema_dir}/topology.schema.json KUNREN_TOPOLOGY_SCHEMA)
file(READ ${_kunren_schema_dir}/scenario.schema.json KUNREN_SCENARIO_SCHEMA)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${_kunren_schema_dir}/topology.schema.json ${_kunren_schema_dir}/scenario.schema.json
    ${CMAKE_CURRENT_LIST_DIR}/EmbeddedSchemas.cpp.in)
configure_file(${CMAKE_CURRENT_LIST_DIR}/EmbeddedSchemas.cpp.in
               ${CMAKE_CURRENT_BINARY_DIR}/generated/EmbeddedSchemas.cpp @ONLY)
target_sources(kunren_${KUNREN_LAYER} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/generated/EmbeddedSchemas.cpp)
