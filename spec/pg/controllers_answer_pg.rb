# frozen_string_literal: true

require_relative "pg_helper"

# Discourse's Service::Runner runs only the first matching `on_*` block and
# renders nothing when none matches, so Rails answers with an empty 204. Every
# service a controller runs therefore ends in `on_failure`. The controllers
# need a running Discourse; their source is checked here.
RSpec.describe "the controllers' service calls" do
  Dir[File.join(PLUGIN_ROOT, "app/controllers/**/*.rb")].sort.each do |file|
    source = File.read(file)
    calls = source.scan(/\.call\(service_params\) do/).size
    next if calls.zero?

    it "#{file.delete_prefix("#{PLUGIN_ROOT}/")} answers every outcome of its #{calls} service call(s)" do
      expect(source.scan(/^\s*on_failure( \{| do$)/).size).to eq(calls)
    end
  end
end
