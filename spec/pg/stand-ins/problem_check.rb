# frozen_string_literal: true

# discourse/discourse app/models/problem_check.rb (read at the newest stored
# commit, 6c2fea9364186de1fd5d1c28336abdb49a6b3164): a check is an instance with
# `call`, run by `run`; `problem(target = nil, override_key: nil,
# override_data: {}, details: {})` returns one ProblemCheck::Problem whose
# message is `I18n.t(override_key || "dashboard.problem.<identifier>")`;
# `no_problem` returns nil. There is no class-level `call`. The tracker that
# stores problems for the dashboard is core's and is left out.
class ProblemCheck
  # app/services/problem_check/problem.rb
  class Problem
    attr_reader :message, :priority, :identifier, :target, :details

    def initialize(message, priority: "low", identifier: nil, target: nil, details: {})
      @message = message
      @priority = %w[low high].include?(priority) ? priority : "low"
      @identifier = identifier
      @target = target
      @details = details
    end
  end

  class_attribute :priority, default: "low", instance_writer: false

  def self.identifier
    name.demodulize.underscore.to_sym
  end

  NO_TARGET = "__NULL__"

  attr_reader :target

  delegate :identifier, to: :class

  def initialize(target = NO_TARGET)
    @target = target
  end

  def call
    raise NotImplementedError
  end

  # The problem `call` found, or nil: what core records for the dashboard.
  def run
    problem = call
    yield(problem) if block_given? && problem
    problem
  end

  private

  def translation_key
    "dashboard.problem.#{self.class.identifier}"
  end

  def problem(target = nil, override_key: nil, override_data: {}, details: {})
    message =
      I18n.t(override_key || translation_key, base_path: Discourse.base_path, **override_data)
    Problem.new(
      message,
      priority: self.class.priority,
      identifier: self.class.identifier,
      target:,
      details:,
    )
  end

  def no_problem
    nil
  end
end
