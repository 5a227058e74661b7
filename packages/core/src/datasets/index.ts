export { createDataset, createDatasetInput, type CreateDatasetInput } from "./create-dataset";
export { createDatasetVersion, createDatasetVersionInput, type CreateDatasetVersionInput } from "./create-dataset-version";
export { DATA_CLASSIFICATIONS, datasetFieldsInput, type DatasetFieldsInput } from "./dataset-fields";
export { getDataset, getDatasetVersion } from "./get-dataset";
export { DATASET_SORT_FIELDS, datasetFilter, listDatasets, type DatasetFilter, type DatasetSortField } from "./list-datasets";
export { listDatasetVersions } from "./list-dataset-versions";
export { loadDatasets, loadDatasetVersions, loadLatestDatasetVersions, MAX_LATEST_DATASET_VERSIONS } from "./load-datasets";
export { updateDataset } from "./update-dataset";
