# frozen_string_literal: true

require "coverage"
require "json"

# Counts which of the plugin's server methods a test run executed, with Ruby's
# own Coverage. Each run (spec/lib, spec/pg) writes the methods it saw to
# MEDIATION_COVERAGE_FILE; bin/test joins the runs into one figure.
module ServerCoverage
  COUNTED = %w[
    app/models
    app/services
    app/queries
    app/serializers
    app/jobs
    app/controllers
    lib
  ].freeze

  module_function

  def start(root)
    return if @root
    @root = root
    Coverage.start(methods: true)
    at_exit { write(ENV.fetch("MEDIATION_COVERAGE_FILE")) }
  end

  def counted?(path)
    relative = path.delete_prefix("#{@root}/")
    relative != path && COUNTED.any? { |dir| relative.start_with?("#{dir}/") }
  end

  def write(file)
    methods = {}
    Coverage.result.each do |path, result|
      next if !counted?(path) || !result[:methods]
      relative = path.delete_prefix("#{@root}/")
      result[:methods].each do |(_klass, name, start_line), count|
        key = "#{relative}:#{start_line}:#{name}"
        methods[key] = (methods[key] || 0) + count
      end
    end
    File.write(file, JSON.generate(methods))
  end
end

ServerCoverage.start(File.expand_path("../../..", __dir__)) if ENV["MEDIATION_COVERAGE_FILE"]
