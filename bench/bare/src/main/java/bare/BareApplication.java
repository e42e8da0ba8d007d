package bare;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The floor: Spring Boot + Spring Batch + H2 (file), one job with one tasklet step. */
@SpringBootApplication(proxyBeanMethods = false)
public class BareApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(BareApplication.class, args)));
	}

	@Bean
	Step step(JobRepository repository) {
		return new StepBuilder("hello", repository).tasklet((contribution, context) -> {
			System.out.println("hello from a batch step");
			return RepeatStatus.FINISHED;
		}).build();
	}

	@Bean
	Job job(JobRepository repository, Step step) {
		return new JobBuilder("bare", repository).start(step).build();
	}

}
