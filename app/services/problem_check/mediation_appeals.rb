# frozen_string_literal: true

# Tells admins on the dashboard, at low priority and once the essentials are
# set up, what mediation could still have: appeal groups
# (DiscourseMediation::SetupProblems.gentle).
class ProblemCheck::MediationAppeals < ProblemCheck
  self.priority = "low"

  def call
    reason = DiscourseMediation::SetupProblems.gentle.first
    reason ? problem(override_key: "dashboard.problem.mediation_setup.#{reason}") : no_problem
  end
end
