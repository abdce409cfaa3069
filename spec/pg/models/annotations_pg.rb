# frozen_string_literal: true

require_relative "../pg_helper"

# Every model ends with its table as the migrations left it, as Discourse's
# plugin CI checks. MEDIATION_WRITE_ANNOTATIONS=1 rewrites the blocks.
RSpec.describe "the models' schema annotations" do
  models = Dir[File.join(PLUGIN_ROOT, "app/models/discourse_mediation/*.rb")].sort

  models.each do |file|
    name = File.basename(file, ".rb")
    it "#{name} describes its table as migrated" do
      model = "DiscourseMediation::#{name.camelize}".constantize
      source = File.read(file)
      expected = SchemaAnnotation.annotated(source, SchemaAnnotation.for(model))
      File.write(file, expected) if ENV["MEDIATION_WRITE_ANNOTATIONS"] && source != expected
      expect(source).to eq(expected)
    end
  end
end
