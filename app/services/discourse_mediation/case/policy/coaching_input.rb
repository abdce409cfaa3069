# frozen_string_literal: true

module DiscourseMediation
  # What was sent for a step of a coaching (the plan's text and dates, a
  # check-in's status, the result): answered with 422, after CoachingAllows
  # has found the coaching where the step can be taken.
  class Case::Policy::CoachingInput < Case::Policy::CoachingAllows
    def call
      !UNPROCESSABLE.include?(problem)
    end
  end
end
