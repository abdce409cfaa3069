# frozen_string_literal: true

require "json"

# plugin.rb's required_version, as Discourse reads it: Discourse activates the
# plugin when `Gem::Version.new(Discourse::VERSION::STRING) >=
# Gem::Version.new(required_version)` (lib/version_compatibility.rb). The
# front end is typed against a 2026.10.0-latest build (package.json), and a
# "-latest" build is lower than the release under Gem::Version, so the
# requirement must not be the release itself.
RSpec.describe Gem::Version,
               "#>=, as Discourse compares its build with plugin.rb's required_version" do
  root = File.expand_path("../..", __dir__)
  required = File.read(File.join(root, "plugin.rb"))[/^# required_version: (\S+)$/, 1]
  activates = ->(running) { Gem::Version.new(running) >= Gem::Version.new(required) }

  it "activates on the build the front end is typed against, the release and what follows" do
    types =
      JSON.parse(File.read(File.join(root, "package.json"))).dig("devDependencies", "discourse")
    typed_release = types[/@(\d+\.\d+\.\d+)-/, 1]
    expect(
      %W[#{typed_release}-latest #{typed_release} 2026.11.0-latest 2027.1.0].map(&activates),
    ).to all(eq(true))
  end

  it "refuses the builds before it" do
    expect(%w[2026.9.0 2026.9.1 2026.9.0-latest].map(&activates)).to all(eq(false))
  end
end
