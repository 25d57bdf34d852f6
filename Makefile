# Used by 'sam build' (template.yaml: Metadata BuildMethod makefile). The Lambda Java runtime
# loads lib/*.jar from the deployment package, so the shaded jar goes there as it is.
build-ScrapeCleanerFunction:
	mvn -B -q -DskipTests package
	mkdir -p $(ARTIFACTS_DIR)/lib
	cp target/scrape-cleaner-lambda.jar $(ARTIFACTS_DIR)/lib/
