// Loaded into a test API process before the API (NODE_OPTIONS="--import tsx --import <this file>", see
// jobs.ts), so that its job runner and its job queries know the test job kinds.
import "./test-job-kinds";
