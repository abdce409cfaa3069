# frozen_string_literal: true

# discourse/discourse app/models/problem_check.rb: a check's `priority`, and
# `problem(key, data)` / `no_problem` from `call`. Only the message is kept
# here; the dashboard that lists problems is core's.
class ProblemCheck
  Problem = Struct.new(:message, :priority, :identifier)

  class_attribute :priority, default: "low"

  def self.identifier
    name.demodulize.underscore.to_sym
  end

  def self.call(data = {})
    new(data).call
  end

  def initialize(data = {})
    @data = data
  end

  private

  def problem(override_key = nil, override_data = {})
    [Problem.new(I18n.t(override_key, base_path: Discourse.base_path, **override_data), priority, self.class.identifier)]
  end

  def no_problem
    []
  end
end
